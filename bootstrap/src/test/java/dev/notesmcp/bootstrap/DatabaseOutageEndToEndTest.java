package dev.notesmcp.bootstrap;

import dev.notesmcp.adapter.postgres.DatabaseUrl;
import dev.notesmcp.adapter.postgres.TestDatabase;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.notesmcp.bootstrap.McpClients.call;
import static dev.notesmcp.bootstrap.McpClients.structured;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

/**
 * Issue 4 item 6, end to end: a server on {@code STORE=postgres} whose database connection runs
 * through a {@link TcpProxy}, so the test can take the database away and give it back. While it is
 * gone, {@code /health} says so (503) and requests that need it get 503 with {@code Retry-After}
 * and a JSON error, never a stack trace; once it is back the same server recovers by itself and
 * nothing acknowledged before the outage is lost. Uses the test PostgreSQL ({@code TestDatabase})
 * (never skipped), in a fresh schema dropped afterwards.
 */
class DatabaseOutageEndToEndTest {

    private static final String DATABASE_URL = TestDatabase.serverUrl();
    private static final String SCHEMA = "notes_mcp_outage_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static final String USER = "github:4242";
    /** Generous: the pool gives up on a connection after 3 s, and a request may ask for one twice (bearer gate, tool). */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);
    private static final Duration RECOVER_WITHIN = Duration.ofSeconds(15);
    private static final String LIST_NOTES = """
            {"jsonrpc":"2.0","id":11,"method":"tools/call","params":{"name":"list_notes","arguments":{}}}""";
    private static final String REGISTRATION = """
            {"client_name":"outage client","redirect_uris":["http://127.0.0.1:33418/callback"],
             "token_endpoint_auth_method":"none","grant_types":["authorization_code","refresh_token"],
             "response_types":["code"]}""";
    /** What must never reach a client: Java exception names, stack frames, driver or pool internals. */
    private static final List<String> LEAKS = List.of("Exception", "\tat ", "at dev.", "at java.", "at org.",
            "org.postgresql", "PSQL", "Hikari", "hikari", "jooq", "SQLState", "Caused by");

    private static TcpProxy database;
    private static TestServer server;

    @BeforeAll
    static void start() {
        URI upstream = hostAndPort(DATABASE_URL);
        database = TcpProxy.to(upstream.getHost(), upstream.getPort());
        // Started while the proxy forwards: the server migrates its schema at start-up.
        server = TestServer.start(Map.of("STORE", "postgres", "DATABASE_URL", throughProxy(DATABASE_URL, database.port()),
                "DATABASE_SCHEMA", SCHEMA));
    }

    @AfterAll
    static void stop() throws SQLException {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            try {
                if (database != null) {
                    database.close();
                }
            } finally {
                if (DATABASE_URL != null && !DATABASE_URL.isBlank()) {
                    dropSchema();
                }
            }
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void whileTheDatabaseIsAwayRequestsGet503AndTheServerRecoversWithNothingLost() {
        String token = server.tokens().forUser(USER);
        McpSyncClient mcp = McpClients.connect(server, token);
        try {
            // Up: a note is created and acknowledged.
            assertThat(health().statusCode()).isEqualTo(200);
            CallToolResult created = call(mcp, "create_note",
                    Map.of("title", "Written before the outage", "content", "must survive it", "tags", List.of("durable")));
            assertThat(created.isError()).as("create_note acknowledged").isFalse();
            String noteId = (String) structured(created).get("id");
            assertThat(noteId).isNotBlank();

            // Down.
            database.down();

            long started = System.nanoTime();
            HttpResponse<String> health = health();
            Duration healthTook = since(started);
            assertThat(health.statusCode()).as(health.body()).isEqualTo(503);
            assertThat(health.body()).contains("\"status\":\"unavailable\"");
            assertThat(databaseEntry(health.body())).contains("\"kind\":\"postgres\"").contains("\"status\":\"down\"");
            assertThat(healthTook).as("/health answers in bounded time").isLessThan(ANSWER_WITHIN);

            started = System.nanoTime();
            HttpResponse<String> listed = RawHttp.postMcp(server, token, LIST_NOTES);
            Duration listTook = since(started);
            assertUnavailable("tools/call list_notes", listed);
            assertThat(listTook).as("list_notes answers in bounded time").isLessThan(ANSWER_WITHIN);

            started = System.nanoTime();
            HttpResponse<String> registered = RawHttp.post(server.baseUrl() + "/register", REGISTRATION,
                    Map.of("Content-Type", "application/json"));
            Duration registerTook = since(started);
            assertUnavailable("POST /register", registered);
            assertThat(registerTook).as("/register answers in bounded time").isLessThan(ANSWER_WITHIN);

            // Back: the same server recovers by itself.
            database.up();
            started = System.nanoTime();
            long deadline = started + RECOVER_WITHIN.toNanos();
            int healthStatus = health().statusCode();
            while (healthStatus != 200 && System.nanoTime() < deadline) {
                LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
                healthStatus = health().statusCode();
            }
            Duration recoveryTook = since(started);
            assertThat(healthStatus).as("/health is 200 again within " + RECOVER_WITHIN).isEqualTo(200);
            assertThat(health().body()).contains("\"status\":\"ok\"");

            HttpResponse<String> relisted = RawHttp.postMcp(server, token, LIST_NOTES);
            assertThat(relisted.statusCode()).as(relisted.body()).isEqualTo(200);
            assertThat(relisted.body()).contains(noteId).contains("Written before the outage");
            List<?> notes = (List<?>) structured(call(mcp, "list_notes", Map.of())).get("notes");
            assertThat(notes).singleElement().asInstanceOf(MAP)
                    .containsEntry("id", noteId).containsEntry("title", "Written before the outage")
                    .containsEntry("tags", List.of("durable"));
            assertThat(structured(call(mcp, "get_note", Map.of("id", noteId))))
                    .containsEntry("title", "Written before the outage").containsEntry("content", "must survive it");

            System.out.printf("database outage: /health %d ms, list_notes %d ms, /register %d ms, recovery %d ms%n",
                    healthTook.toMillis(), listTook.toMillis(), registerTook.toMillis(), recoveryTook.toMillis());
        } finally {
            database.up();
            mcp.closeGracefully();
        }
    }

    private static void assertUnavailable(String what, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(what + " while the database is down: " + response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).as(what + ": Retry-After").get().asString()
                .matches("[1-9][0-9]*");
        assertThat(response.headers().firstValue("Content-Type")).as(what + ": Content-Type").get().asString()
                .startsWith("application/json");
        assertThat(response.body()).as(what + ": a JSON object").startsWith("{").endsWith("}")
                .contains("\"error\":");
        for (String leak : LEAKS) {
            assertThat(response.body()).as(what + ": no internals in the body").doesNotContain(leak);
        }
    }

    private static HttpResponse<String> health() {
        return RawHttp.get(server.baseUrl() + "/health");
    }

    private static String databaseEntry(String healthBody) {
        Matcher entry = Pattern.compile("\"database\"\\s*:\\s*\\{[^}]*}").matcher(healthBody);
        assertThat(entry.find()).as("/health reports the database: " + healthBody).isTrue();
        return entry.group();
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /** Host and port (5432 when the URL names none) of a {@code postgres://} or {@code jdbc:postgresql://} URL. */
    private static URI hostAndPort(String url) {
        URI uri = uri(url);
        String host = uri.getHost() == null ? "localhost" : uri.getHost();
        return URI.create("tcp://" + (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + ":"
                + (uri.getPort() == -1 ? 5432 : uri.getPort()));
    }

    /** The same URL (credentials, database and parameters kept) pointing at the proxy instead. */
    private static String throughProxy(String url, int proxyPort) {
        URI uri = uri(url);
        return (url.trim().startsWith("jdbc:") ? "jdbc:" : "") + uri.getScheme() + "://"
                + (uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo() + "@")
                + "127.0.0.1:" + proxyPort
                + (uri.getRawPath() == null ? "" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static URI uri(String url) {
        String trimmed = url.trim();
        try {
            URI uri = new URI(trimmed.startsWith("jdbc:") ? trimmed.substring("jdbc:".length()) : trimmed);
            assertThat(uri.getRawAuthority()).as("the test database URL must name a host: " + DatabaseUrl.parse(url))
                    .isNotNull();
            return uri;
        } catch (URISyntaxException e) {
            throw new AssertionError("the test database URL is not a URL", e);
        }
    }

    private static void dropSchema() throws SQLException {
        DatabaseUrl url = DatabaseUrl.parse(DATABASE_URL);
        try (Connection connection = DriverManager.getConnection(url.jdbcUrl(), url.user().orElse(null),
                url.password().orElse(null)); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }
}
