package dev.notesmcp.bootstrap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the Streamable HTTP transport spec asks of {@code /mcp}, checked over raw HTTP. */
class McpTransportEndToEndTest {

    private static TestServer server;
    private static String token;

    @BeforeAll
    static void startServer() {
        server = TestServer.start(Map.of("ALLOWED_ORIGINS", "https://app.example.com"));
        token = server.tokens().forUser("github:transport");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "DELETE"})
    void getAndDeleteAreNotAllowedOnAStatelessServer(String method) {
        HttpResponse<String> response = RawHttp.method(method, server.mcpUrl(), token);

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-26", "2025-06-18", "2025-11-25"})
    void everySdkProtocolVersionIsServed(String version) {
        HttpResponse<String> response = RawHttp.post(server.mcpUrl(), RawHttp.TOOLS_LIST,
                RawHttp.mcpHeaders(token, Map.of("MCP-Protocol-Version", version)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"tools\"");
    }

    @Test
    void anUnsupportedProtocolVersionIsABadRequest() {
        HttpResponse<String> response = RawHttp.post(server.mcpUrl(), RawHttp.TOOLS_LIST,
                RawHttp.mcpHeaders(token, Map.of("MCP-Protocol-Version", "2024-01-01")));

        assertThat(response.statusCode()).isEqualTo(400);
        // MCP 2026-07-28 UnsupportedProtocolVersionError, whatever the era the client meant.
        assertThat(response.body()).contains("-32022").contains("Unsupported protocol version '2024-01-01'")
                .contains("\"supported\":[\"2026-07-28\",\"2025-11-25\",\"2025-06-18\",\"2025-03-26\"]");
    }

    @Test
    void initializeAgreesOnTheVersionTheClientAskedFor() {
        HttpResponse<String> response = RawHttp.postMcp(server, token, RawHttp.INITIALIZE);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(response.body()).contains("\"protocolVersion\":\"2025-06-18\"");
    }

    @Test
    void aForeignOriginIsForbidden() {
        HttpResponse<String> response = RawHttp.post(server.mcpUrl(), RawHttp.TOOLS_LIST,
                RawHttp.mcpHeaders(token, Map.of("Origin", "https://evil.example")));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Origin https://evil.example is not allowed");
    }

    @Test
    void theServersOwnOriginAndConfiguredOriginsAreAllowed() {
        for (String origin : new String[] {server.settings().publicUrl().toString(), "https://app.example.com"}) {
            HttpResponse<String> response = RawHttp.post(server.mcpUrl(), RawHttp.TOOLS_LIST,
                    RawHttp.mcpHeaders(token, Map.of("Origin", origin)));
            assertThat(response.statusCode()).as(origin).isEqualTo(200);
        }
    }

    @Test
    void malformedJsonIsAParseError() {
        HttpResponse<String> response = RawHttp.postMcp(server, token, "{\"jsonrpc\":\"2.0\",\"id\":1,");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"code\":-32700").doesNotContain("at dev.").doesNotContain("Exception");
    }

    @Test
    void wellFormedJsonThatIsNotAMessageIsAnInvalidRequest() {
        HttpResponse<String> response = RawHttp.postMcp(server, token, "[1,2,3]");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"code\":-32600");
    }

    @Test
    void anUnknownMethodIsMethodNotFound() {
        HttpResponse<String> response = RawHttp.postMcp(server, token,
                "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"no/such/method\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"code\":-32601").contains("\"id\":3");
    }

    @Test
    void anUnknownToolIsInvalidParams() {
        HttpResponse<String> response = RawHttp.postMcp(server, token,
                "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":\"nope\",\"arguments\":{}}}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"code\":-32602");
    }

    @Test
    void aNotificationIsAcceptedWithoutABody() {
        HttpResponse<String> response = RawHttp.postMcp(server, token,
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void aClientResponseIsAcceptedWithoutABody() {
        HttpResponse<String> response = RawHttp.postMcp(server, token, "{\"jsonrpc\":\"2.0\",\"id\":9,\"result\":{}}");

        assertThat(response.statusCode()).isEqualTo(202);
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        HttpResponse<String> response = RawHttp.post(server.mcpUrl(), RawHttp.TOOLS_LIST,
                RawHttp.mcpHeaders(token, Map.of("Content-Type", "text/plain")));

        assertThat(response.statusCode()).isEqualTo(415);
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() throws IOException {
        // Only the headers are sent: the server must answer from Content-Length alone, without
        // waiting for (or reading) the 2 MiB it announces. A streaming client would race the
        // server's close, so a raw socket keeps this deterministic.
        try (Socket socket = new Socket("localhost", URI.create(server.baseUrl()).getPort())) {
            socket.setSoTimeout(10_000);
            String request = "POST /mcp HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Authorization: Bearer " + token + "\r\nContent-Length: " + (2 * 1024 * 1024) + "\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();

            assertThat(statusLine).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void aMaximalNoteFitsInARequest() {
        String content = "\\u00e9".repeat(100_000); // the worst case: every character escaped in JSON
        HttpResponse<String> response = RawHttp.postMcp(server, token, """
                {"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":"create_note",
                 "arguments":{"title":"big","content":"%s"}}}""".formatted(content));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"isError\":false");
    }

    @Test
    void aBrowserOnAnAllowedOriginGetsItsPreflightAnswered() {
        HttpResponse<String> preflight = RawHttp.options(server.mcpUrl(), Map.of("Origin", "https://app.example.com",
                "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "authorization, content-type, mcp-protocol-version"));

        // Helidon's CORS answers a preflight 200 and lists the requested headers it allows (Fetch: any "ok status").
        assertThat(preflight.statusCode()).isBetween(200, 299);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example.com");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).get().asString()
                .containsIgnoringCase("Authorization").containsIgnoringCase("MCP-Protocol-Version");
    }

    @Test
    void theChallengeIsReadableCrossOriginForAllowedOriginsOnly() {
        HttpResponse<String> allowed = RawHttp.post(server.mcpUrl(), RawHttp.TOOLS_LIST,
                RawHttp.mcpHeaders(null, Map.of("Origin", "https://app.example.com")));
        HttpResponse<String> foreign = RawHttp.post(server.mcpUrl(), RawHttp.TOOLS_LIST,
                RawHttp.mcpHeaders(null, Map.of("Origin", "https://evil.example")));

        assertThat(allowed.statusCode()).isEqualTo(401);
        assertThat(allowed.headers().firstValue("Access-Control-Expose-Headers")).get().asString()
                .contains("WWW-Authenticate");
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void aToolsCallWithMalformedParamsIsInvalidParamsWithoutInternals() {
        for (String params : new String[] {"{\"name\":[\"x\"]}", "{\"name\":\"list_notes\",\"arguments\":\"x\"}", "[]"}) {
            HttpResponse<String> response = RawHttp.postMcp(server, token,
                    "{\"jsonrpc\":\"2.0\",\"id\":11,\"method\":\"tools/call\",\"params\":" + params + "}");

            assertThat(response.statusCode()).as(params).isEqualTo(200);
            assertThat(response.body()).as(params).contains("\"code\":-32602").contains("\"id\":11")
                    .doesNotContain("deserialize").doesNotContain("McpSchema");
        }
    }
}
