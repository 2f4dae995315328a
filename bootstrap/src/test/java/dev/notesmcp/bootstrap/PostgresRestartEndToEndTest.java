package dev.notesmcp.bootstrap;

import dev.notesmcp.adapter.github.fake.FakeGitHub;
import dev.notesmcp.adapter.postgres.DatabaseUrl;
import dev.notesmcp.adapter.postgres.TestDatabase;
import io.modelcontextprotocol.client.McpSyncClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.notesmcp.bootstrap.McpClients.call;
import static dev.notesmcp.bootstrap.McpClients.structured;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code STORE=postgres} nothing is lost across a restart: a server signs a user in and
 * stores notes, stops, and a new server on the same database accepts the access token, rotates
 * the refresh token, shows the notes and still knows the client, which can authorize again.
 * Uses the test PostgreSQL ({@code TestDatabase}), in a fresh schema.
 */
class PostgresRestartEndToEndTest {

    private static final String DATABASE_URL = TestDatabase.serverUrl();
    private static final String SCHEMA = "notes_mcp_restart_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private static FakeGitHub gitHub;
    private static Map<String, String> variables;

    @BeforeAll
    static void start() {
        gitHub = FakeGitHub.start();
        int port = TestServer.freePort();
        variables = new HashMap<>(TestServer.gitHubVariables(gitHub));
        variables.putAll(Map.of("STORE", "postgres", "DATABASE_URL", DATABASE_URL, "DATABASE_SCHEMA", SCHEMA,
                "PORT", String.valueOf(port), "PUBLIC_URL", "http://localhost:" + port));
    }

    @AfterAll
    static void stop() throws SQLException {
        gitHub.close();
        DatabaseUrl url = DatabaseUrl.parse(DATABASE_URL);
        try (Connection connection = DriverManager.getConnection(url.jdbcUrl(), url.user().orElse(null),
                url.password().orElse(null)); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    @Test
    void aRestartedServerHasLostNothing() {
        gitHub.signInAs(5150, "durable");
        OAuthClient client;
        SignInFlow.TokenPair tokens;
        try (TestServer first = TestServer.start(variables)) {
            SignInFlow flow = SignInFlow.discover(first, SignInFlow.gitHub(gitHub));
            client = flow.register("durable client");
            tokens = flow.signIn(client);
            McpSyncClient mcp = McpClients.connect(first, tokens.accessToken());
            call(mcp, "create_note", Map.of("title", "Survives restarts", "content", "kept in PostgreSQL",
                    "tags", List.of("durable")));
            call(mcp, "create_note", Map.of("title", "Second note"));
            mcp.closeGracefully();
        }

        try (TestServer second = TestServer.start(variables)) {
            SignInFlow flow = SignInFlow.discover(second, SignInFlow.gitHub(gitHub));
            assertThat(RawHttp.get(second.baseUrl() + "/health").body())
                    .contains("\"database\":{").contains("\"kind\":\"postgres\"").contains("\"status\":\"up\"");

            McpSyncClient mcp = McpClients.connect(second, tokens.accessToken());
            assertThat(titles(structured(call(mcp, "list_notes", Map.of()))))
                    .containsExactly("Second note", "Survives restarts");
            assertThat(titles(structured(call(mcp, "search_notes", Map.of("query", "postgresql")))))
                    .containsExactly("Survives restarts");
            mcp.closeGracefully();

            HttpResponse<String> refreshed = client.refresh(flow.tokenEndpoint, tokens.refreshToken());
            assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
            assertThat(OAuthClient.jsonString(refreshed.body(), "refresh_token")).isNotEqualTo(tokens.refreshToken());

            HttpResponse<String> again = client.redeem(flow.tokenEndpoint, flow.code(client));
            assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> titles(Map<String, Object> document) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) document.getOrDefault("notes", document.get("results"));
        return items.stream().map(note -> (String) note.get("title")).toList();
    }
}
