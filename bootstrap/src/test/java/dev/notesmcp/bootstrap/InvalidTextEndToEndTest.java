package dev.notesmcp.bootstrap;

import dev.notesmcp.adapter.postgres.DatabaseUrl;
import dev.notesmcp.adapter.postgres.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8: text that is not well-formed Unicode (JSON escapes of lone surrogates) is refused as
 * an invalid argument before anything is stored, on the in-memory store and on PostgreSQL alike.
 * It used to be stored (as is in memory, as {@code ?} in PostgreSQL) and then answered with a 500
 * that also broke the user's list_notes and search_notes for good. Uses the PostgreSQL of
 * the test PostgreSQL ({@code TestDatabase}), in a fresh schema.
 */
class InvalidTextEndToEndTest {

    private static final String DATABASE_URL = TestDatabase.serverUrl();
    private static final String SCHEMA = "notes_mcp_text_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    /** The finding, byte for byte: the escapes reach the server as written. */
    private static final String CREATE_LONE_SURROGATES = """
            {"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"create_note",
             "arguments":{"title":"lone \\ud800 surrogate","content":"x\\udfffy"}}}""";
    private static final String LIST = """
            {"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"list_notes","arguments":{}}}""";
    private static final String SEARCH = """
            {"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"search_notes","arguments":{"query":"lone surrogate"}}}""";

    private static TestServer inMemory;
    private static TestServer onPostgres;

    @BeforeAll
    static void start() {
        inMemory = TestServer.start();
        onPostgres = TestServer.start(Map.of("STORE", "postgres", "DATABASE_URL", DATABASE_URL, "DATABASE_SCHEMA", SCHEMA));
    }

    @AfterAll
    static void stop() throws SQLException {
        inMemory.close();
        onPostgres.close();
        try (Connection connection = database(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    private static TestServer server(String store) {
        return store.equals("postgres") ? onPostgres : inMemory;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"memory", "postgres"})
    void aNoteWithLoneSurrogatesIsRefusedAsAnInvalidArgumentAndNotStored(String store) throws SQLException {
        TestServer server = server(store);
        String user = "github:" + (store.equals("postgres") ? 81001 : 81002);
        String token = server.tokens().forUser(user);

        HttpResponse<String> created = RawHttp.postMcp(server, token, CREATE_LONE_SURROGATES);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        assertThat(created.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
        assertThat(created.body())
                .contains("\"isError\":true")
                .contains("Invalid arguments: title: must be valid Unicode text: a lone surrogate U+D800 at character 6")
                .doesNotContain("Exception").doesNotContain("jackson");
        HttpResponse<String> listed = RawHttp.postMcp(server, token, LIST);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        assertThat(listed.body()).contains("\"isError\":false").contains("\"notes\":[]");
        HttpResponse<String> searched = RawHttp.postMcp(server, token, SEARCH);
        assertThat(searched.statusCode()).as(searched.body()).isEqualTo(200);
        assertThat(searched.body()).contains("\"isError\":false").doesNotContain("\"title\"");
        if (store.equals("postgres")) {
            assertThat(count("SELECT count(*) FROM " + SCHEMA + ".notes WHERE owner = '" + user + "'")).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"memory", "postgres"})
    void anEmojiIsStoredAndAnsweredUnchanged(String store) {
        TestServer server = server(store);
        String token = server.tokens().forUser("github:" + (store.equals("postgres") ? 81003 : 81004));

        HttpResponse<String> created = RawHttp.postMcp(server, token, """
                {"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"create_note",
                 "arguments":{"title":"memo \\ud83d\\udcdd","content":"clef \\ud834\\udd1e"}}}""");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        assertThat(created.body()).contains("\"isError\":false");
        assertThat(RawHttp.postMcp(server, token, LIST).body())
                .contains("memo \uD83D\uDCDD").contains("clef \uD834\uDD1E").doesNotContain("memo ?");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"memory", "postgres"})
    void aClientNameWithALoneSurrogateIsRefusedAsInvalidMetadataAndNotRegistered(String store) throws SQLException {
        TestServer server = server(store);
        String name = "lone-surrogate-app-" + store;

        HttpResponse<String> response = RawHttp.post(server.baseUrl() + "/register",
                "{\"redirect_uris\":[\"https://app.example/cb\"],\"client_name\":\"" + name + " \\ud800\"}",
                Map.of("Content-Type", "application/json"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("\"error\":\"invalid_client_metadata\"")
                .contains("client_name: must be valid Unicode text");
        if (store.equals("postgres")) {
            assertThat(count("SELECT count(*) FROM " + SCHEMA + ".clients WHERE name LIKE '" + name + "%'")).isZero();
        }
    }

    @Test
    void aCursorWithATimeNoStoreCanHoldIsRefusedAsInvalidOnPostgres() {
        String token = onPostgres.tokens().forUser("github:81005");
        String cursor = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                (Long.MAX_VALUE + "/3f2504e0-4f89-41d3-9a0c-0305e82c3301").getBytes(java.nio.charset.StandardCharsets.UTF_8));

        HttpResponse<String> response = RawHttp.postMcp(onPostgres, token,
                "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":\"list_notes\","
                        + "\"arguments\":{\"cursor\":\"" + cursor + "\"}}}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"isError\":true")
                .contains("Invalid arguments: cursor: is not a cursor returned by list_notes")
                .doesNotContain("-32603");
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = database(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Connection database() throws SQLException {
        DatabaseUrl url = DatabaseUrl.parse(DATABASE_URL);
        return DriverManager.getConnection(url.jdbcUrl(), url.user().orElse(null), url.password().orElse(null));
    }
}
