package dev.notesmcp.bootstrap;

import dev.notesmcp.adapter.github.fake.FakeGitHub;
import dev.notesmcp.adapter.postgres.DatabaseUrl;
import dev.notesmcp.adapter.postgres.TestDatabase;
import dev.notesmcp.adapter.redis.TestRedis;
import io.modelcontextprotocol.client.McpSyncClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import static dev.notesmcp.bootstrap.McpClients.call;
import static dev.notesmcp.bootstrap.McpClients.structured;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances behind one {@code PUBLIC_URL}, sharing PostgreSQL (durable state) and Redis
 * (short-lived state), act as one server: the steps of one sign-in alternate between them,
 * the tools work on both, a revocation on A is refused on B within the documented bound, and
 * rate limits count across both.
 */
class MultiInstanceEndToEndTest {

    private static final String DATABASE_URL = TestDatabase.serverUrl();
    private static final String REDIS_URL = TestRedis.serverUrl();
    private static final String RUN = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static final String SCHEMA = "notes_mcp_multi_" + RUN;

    private static FakeGitHub gitHub;
    private static TestServer a;
    private static TestServer b;

    @BeforeAll
    static void start() {
        gitHub = FakeGitHub.start();
        int portA = TestServer.freePort();
        int portB = TestServer.freePort();
        Map<String, String> shared = new HashMap<>(TestServer.gitHubVariables(gitHub));
        shared.putAll(Map.of("STORE", "postgres", "DATABASE_URL", DATABASE_URL, "DATABASE_SCHEMA", SCHEMA,
                "EPHEMERAL_STORE", "redis", "REDIS_URL", REDIS_URL, "REDIS_KEY_PREFIX", "notes-mcp-multi-" + RUN + ":",
                "PUBLIC_URL", "http://localhost:" + portA, "RATE_LIMITS", "register=3"));
        Map<String, String> onA = new HashMap<>(shared);
        onA.put("PORT", String.valueOf(portA));
        Map<String, String> onB = new HashMap<>(shared);
        onB.put("PORT", String.valueOf(portB));
        a = TestServer.start(onA);
        b = TestServer.start(onB);
    }

    @AfterAll
    static void stop() throws SQLException {
        b.close();
        a.close();
        gitHub.close();
        DatabaseUrl url = DatabaseUrl.parse(DATABASE_URL);
        try (Connection connection = DriverManager.getConnection(url.jdbcUrl(), url.user().orElse(null),
                url.password().orElse(null)); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    @Test
    void twoInstancesBehindOneUrlActAsOneServer() {
        gitHub.signInAs(777, "roaming");
        String resource = a.settings().mcpUrl().toString();

        // Register on A.
        OAuthClient client = OAuthClient.register(URI.create(a.baseUrl() + "/register"), "roaming client");

        // Authorize on B: the consent page is B's, its form posts to the public URL, which is A.
        Browser browser = new Browser();
        HttpResponse<String> consentPage = browser.get(client.authorizationUrl(URI.create(b.baseUrl() + "/authorize"),
                "roam", resource));
        assertThat(consentPage.statusCode()).as(consentPage.body()).isEqualTo(200);
        HttpResponse<String> toGitHub = browser.postForm(SignInFlow.formAction(consentPage.body()),
                Map.of("request_id", Browser.hiddenField(consentPage.body(), "request_id"),
                        "csrf_token", Browser.hiddenField(consentPage.body(), "csrf_token"), "decision", "approve"));
        assertThat(toGitHub.statusCode()).as(toGitHub.body()).isEqualTo(302);

        // GitHub sends the browser back to the public URL: the callback runs on A.
        URI callback = Browser.location(browser.get(Browser.location(toGitHub)));
        assertThat(callback.toString()).startsWith(a.baseUrl());
        URI toClient = Browser.location(browser.get(callback));
        String code = OAuthClient.queryParameter(toClient, "code");

        // Token on B.
        HttpResponse<String> tokens = client.redeem(URI.create(b.baseUrl() + "/token"), code);
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        String accessToken = OAuthClient.jsonString(tokens.body(), "access_token");

        // Tools on both, over the same notes.
        McpSyncClient onA = McpClients.connect(a, accessToken);
        McpSyncClient onB = McpClients.connect(b, accessToken);
        call(onA, "create_note", Map.of("title", "Written on A", "tags", List.of("multi")));
        assertThat(structured(call(onB, "list_notes", Map.of()))).extractingByKey("notes")
                .asString().contains("Written on A");
        onA.closeGracefully();
        onB.closeGracefully();

        // A revocation on A is refused on B within the documented bound (2 s, RevocationCache).
        assertThat(client.revoke(URI.create(a.baseUrl() + "/revoke"), accessToken).statusCode()).isEqualTo(200);
        assertThat(RawHttp.postMcp(a, accessToken, RawHttp.TOOLS_LIST).statusCode()).isEqualTo(401);
        long deadline = System.nanoTime() + Duration.ofSeconds(4).toNanos();
        int onBStatus;
        do {
            onBStatus = RawHttp.postMcp(b, accessToken, RawHttp.TOOLS_LIST).statusCode();
            if (onBStatus == 401) {
                break;
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        } while (System.nanoTime() < deadline);
        assertThat(onBStatus).as("B refuses the token revoked on A").isEqualTo(401);

        // Rate limits count across both: the budget is 3 registrations, one already spent on A.
        String body = "{\"redirect_uris\":[\"http://127.0.0.1/cb\"],\"token_endpoint_auth_method\":\"none\"}";
        Map<String, String> json = Map.of("Content-Type", "application/json");
        assertThat(RawHttp.post(b.baseUrl() + "/register", body, json).statusCode()).isEqualTo(201);
        assertThat(RawHttp.post(a.baseUrl() + "/register", body, json).statusCode()).isEqualTo(201);
        assertThat(RawHttp.post(b.baseUrl() + "/register", body, json).statusCode()).isEqualTo(429);
    }
}
