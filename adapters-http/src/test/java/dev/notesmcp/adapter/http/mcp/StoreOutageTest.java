package dev.notesmcp.adapter.http.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notesmcp.adapter.http.common.HttpSettings;
import dev.notesmcp.adapter.http.errors.BoundedLog;
import dev.notesmcp.adapter.http.errors.ErrorMapper;
import dev.notesmcp.adapter.http.mcp.tool.ListNotesTool;
import dev.notesmcp.adapter.http.mcp.tool.NoteToolCatalog;
import dev.notesmcp.adapter.http.security.BearerChallenge;
import dev.notesmcp.adapter.http.security.BearerGate;
import dev.notesmcp.application.port.out.StoreUnavailableException;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.token.AccessTokenClaims;
import dev.notesmcp.domain.token.Scopes;
import dev.notesmcp.domain.token.TokenVerification;
import io.helidon.webserver.WebServer;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** When the note store is down, /mcp and every other route answer 503 with Retry-After and no stack trace. */
class StoreOutageTest {

    private static final AccessTokenClaims CALLER = new AccessTokenClaims("http://localhost", "http://localhost/mcp",
            new UserId("dev:alice"), "client", Scopes.all(), "jti", Instant.now(), Instant.now().plusSeconds(600), "alice");

    private static WebServer server;

    @BeforeAll
    static void start() {
        HttpSettings settings = HttpSettings.of(URI.create("http://localhost"), List.of());
        NoteToolCatalog tools = new NoteToolCatalog(List.of(new ListNotesTool(query -> {
            throw new StoreUnavailableException("the note store", new IllegalStateException("connection refused"));
        })));
        McpEndpoint mcp = new McpEndpoint(settings, tools, new JacksonMcpJsonMapper(new ObjectMapper()), "test");
        BearerGate gate = new BearerGate(token -> new TokenVerification.Verified(CALLER),
                new BearerChallenge(settings.resourceMetadataUrl(), tools.scopes()));
        server = WebServer.builder()
                .port(0)
                .featuresDiscoverServices(false)
                .routing(routing -> routing
                        .error(Throwable.class, new ErrorMapper(BoundedLog.forClients(System.getLogger("test"))))
                        .get("/needs-store", (req, res) -> {
                            throw new StoreUnavailableException("the database", null);
                        })
                        .post(McpEndpoint.PATH, gate)
                        .register(mcp))
                .build()
                .start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void aToolCallDuringAnOutageIs503WithRetryAfter() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + server.port() + "/mcp"))
                .header("Authorization", "Bearer anything")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"list_notes\",\"arguments\":{}}}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(response.body()).contains("temporarily_unavailable").doesNotContain("connection refused")
                .doesNotContain("Exception");
    }

    @Test
    void anyRouteThatNeedsAStoreAnswers503() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + server.port() + "/needs-store")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    }

    @Test
    void inA20250326BatchOnlyTheElementThatNeededTheStoreFails() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + server.port() + "/mcp"))
                .header("Authorization", "Bearer anything")
                .header("Content-Type", "application/json")
                .header("MCP-Protocol-Version", "2025-03-26")
                .POST(HttpRequest.BodyPublishers.ofString("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"},"
                        + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"list_notes\","
                        + "\"arguments\":{}}}]"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("[").contains("\"tools\"")
                .contains("{\"jsonrpc\":\"2.0\",\"id\":2,\"error\":{\"code\":-32603,"
                        + "\"message\":\"Storage is unavailable; try again in a few seconds.\"}}")
                .doesNotContain("connection refused");
    }
}
