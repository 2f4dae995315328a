package dev.notesmcp.bootstrap;

import dev.notesmcp.domain.token.Scope;
import io.modelcontextprotocol.client.McpSyncClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON-RPC intake of {@code /mcp} is strict (JSON-RPC 2.0, MCP base protocol), never answers
 * with internals, and serves batches exactly where the 2025-03-26 transport requires them.
 */
class McpStrictnessEndToEndTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String LIST = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}";

    private static TestServer server;
    private static String token;

    @BeforeAll
    static void startServer() {
        server = TestServer.start();
        token = server.tokens().forUser("github:strict-" + UUID.randomUUID());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void notificationsAreAcceptedWithoutALogLineEach() {
        List<java.util.logging.LogRecord> records;
        try (CapturedLog log = CapturedLog.root()) {
            for (String method : List.of("notifications/cancelled", "notifications/progress",
                    "notifications/roots/list_changed", "notifications/initialized")) {
                HttpResponse<String> response = post("{\"jsonrpc\":\"2.0\",\"method\":\"" + method
                        + "\",\"params\":{\"requestId\":1}}", "2025-06-18");
                assertThat(response.statusCode()).as(method).isEqualTo(202);
            }
            records = log.records();
        }
        assertThat(records).filteredOn(r -> r.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                .extracting(java.util.logging.LogRecord::getMessage).isEmpty();
    }

    @Test
    void aNullBodyIsAnInvalidRequestWithoutInternals() {
        HttpResponse<String> response = post("null", "2025-06-18");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"code\":-32600").contains("\"id\":null");
        assertNoInternals(response);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1.0\"", "2.0", "null", "\"2.0 \""})
    void onlyTheString20IsAJsonRpcVersion(String version) {
        HttpResponse<String> response = post("{\"jsonrpc\":" + version + ",\"id\":1,\"method\":\"tools/list\"}",
                "2025-06-18");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"code\":-32600").doesNotContain("\"tools\"");
    }

    @Test
    void aMessageWithoutJsonRpcIsAnInvalidRequest() {
        HttpResponse<String> response = post("{\"id\":1,\"method\":\"tools/list\"}", "2025-06-18");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"code\":-32600");
    }

    @ParameterizedTest
    @ValueSource(strings = {LIST + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}", LIST + "garbage", LIST + "]",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"id\":2,\"method\":\"tools/list\"}",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\",\"method\":\"ping\"}", "", "  "})
    void anythingButExactlyOneJsonValueWithUniqueKeysIsAParseError(String body) {
        HttpResponse<String> response = post(body, "2025-06-18");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"code\":-32700").doesNotContain("\"tools\"");
        assertNoInternals(response);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ff", "c0af", "e080af", "eda080", "f4908080", "c3"})
    void invalidUtf8IsAParseError(String badBytes) {
        byte[] prefix = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"create_note\",\"arguments\":{\"title\":\"x"
                .getBytes(StandardCharsets.UTF_8);
        byte[] suffix = "\"}}}".getBytes(StandardCharsets.UTF_8);
        byte[] bad = java.util.HexFormat.of().parseHex(badBytes);
        byte[] body = new byte[prefix.length + bad.length + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        System.arraycopy(bad, 0, body, prefix.length, bad.length);
        System.arraycopy(suffix, 0, body, prefix.length + bad.length, suffix.length);

        HttpResponse<String> response = send(request("2025-06-18").POST(HttpRequest.BodyPublishers.ofByteArray(body)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"code\":-32700").contains("UTF-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "true", "1.5", "null", "[1]"})
    void anIdThatIsNotAStringOrIntegerIsAnInvalidRequest(String id) {
        HttpResponse<String> response = post("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/list\"}",
                "2025-06-18");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"code\":-32600").contains("\"id\":null").doesNotContain("\"tools\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tools/list", "ping", "initialize", "tools/call"})
    void paramsThatAreNotAnObjectAreInvalidParamsOnEveryMethod(String method) {
        for (String params : new String[] {"[]", "\"x\"", "1", "null"}) {
            HttpResponse<String> response = post("{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"method\":\"" + method
                    + "\",\"params\":" + params + "}", "2025-06-18");

            assertThat(response.statusCode()).as(params).isEqualTo(200);
            assertThat(response.body()).as(params).contains("\"code\":-32602").contains("\"id\":\"a\"");
            assertNoInternals(response);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ",\"params\":{}", ",\"params\":{\"protocolVersion\":\"2025-06-18\",\"capabilities\":\"x\","
            + "\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}",
            ",\"params\":{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{\"roots\":\"x\"},"
                    + "\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}"})
    void aMalformedInitializeIsInvalidParamsInPlainWords(String params) {
        HttpResponse<String> response = post("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"initialize\"" + params + "}",
                null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"code\":-32602").contains("\"id\":7").contains("initialize");
        assertNoInternals(response);
    }

    @Test
    void twoOriginHeadersAreForbidden() {
        String own = server.settings().publicUrl().toString();
        HttpResponse<String> response = send(request("2025-06-18").header("Origin", own).header("Origin", own)
                .POST(HttpRequest.BodyPublishers.ofString(LIST)));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("\"code\":-32600").contains("Origin");
    }

    @Test
    void a20250326BatchIsAnsweredWithAnArrayOfResponses() {
        HttpResponse<String> response = post("""
                [{"jsonrpc":"2.0","id":"list","method":"tools/list"},
                 {"jsonrpc":"2.0","method":"notifications/initialized"},
                 {"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"create_note",
                  "arguments":{"title":"batched","content":"from a batch"}}}]""", "2025-03-26");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(response.body()).startsWith("[").endsWith("]")
                .contains("\"id\":\"list\"").contains("\"tools\"").contains("\"id\":2").contains("\"isError\":false")
                .contains("batched");
    }

    @Test
    void withoutAVersionHeaderTheServerAssumes20250326AndServesABatch() {
        HttpResponse<String> response = post("[" + LIST + "]", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("[").contains("\"tools\"");
    }

    @Test
    void aBatchOfNotificationsAndResponsesIsAccepted() {
        HttpResponse<String> response = post("[{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"},"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":1}}]",
                "2025-03-26");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void anEmptyBatchIsAnInvalidRequest() {
        HttpResponse<String> response = post("[]", "2025-03-26");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"code\":-32600");
    }

    @Test
    void eachInvalidElementOfABatchGetsItsOwnError() {
        HttpResponse<String> response = post("[" + LIST + ",{\"jsonrpc\":\"1.0\",\"id\":3,\"method\":\"ping\"},"
                + "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"initialize\",\"params\":{}}]", "2025-03-26");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("[").contains("\"tools\"").contains("\"code\":-32600")
                .contains("\"id\":4");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-06-18", "2025-11-25"})
    void laterVersionsRefuseBatches(String version) {
        HttpResponse<String> response = post("[" + LIST + "]", version);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"code\":-32600").contains("batches are not supported in " + version);
    }

    @Test
    void aBatchCannotBypassTheToolScope() {
        String readOnly = server.tokens().forUser("github:reader-" + UUID.randomUUID(), Scope.NOTES_READ);
        HttpResponse<String> response = send(request("2025-03-26", readOnly).POST(HttpRequest.BodyPublishers.ofString("""
                [{"jsonrpc":"2.0","id":1,"method":"tools/list"},
                 {"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"create_note",
                  "arguments":{"title":"sneaky","content":"x"}}}]""")));
        HttpResponse<String> notes = send(request("2025-03-26", readOnly).POST(HttpRequest.BodyPublishers.ofString(
                "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"list_notes\",\"arguments\":{}}}")));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("WWW-Authenticate")).get().asString()
                .contains("insufficient_scope").contains("notes:write");
        assertThat(notes.body()).doesNotContain("sneaky");
    }

    @Test
    void theJavaSdkClientStillWorks() {
        McpSyncClient client = McpClients.connect(server, server.tokens().forUser("github:sdk-" + UUID.randomUUID()));
        try {
            assertThat(client.listTools().tools()).isNotEmpty();
            assertThat(McpClients.call(client, "create_note", Map.of("title", "sdk", "content", "still works"))
                    .isError()).isFalse();
        } finally {
            client.closeGracefully();
        }
    }

    private static void assertNoInternals(HttpResponse<String> response) {
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("java.").doesNotContain("McpSchema")
                .doesNotContain("Cannot invoke").doesNotContain("com.fasterxml").doesNotContain("\tat ");
    }

    private static HttpResponse<String> post(String body, String version) {
        return send(request(version).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpRequest.Builder request(String version) {
        return request(version, token);
    }

    private static HttpRequest.Builder request(String version, String accessToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.mcpUrl()))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .header("Authorization", "Bearer " + accessToken);
        if (version != null) {
            request.header("MCP-Protocol-Version", version);
        }
        return request;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
