package dev.notesmcp.adapter.http.mcp.tool;

import dev.notesmcp.adapter.http.common.HttpSettings;
import dev.notesmcp.adapter.http.mcp.McpEndpoint;
import dev.notesmcp.adapter.http.security.BearerChallenge;
import dev.notesmcp.adapter.http.security.BearerGate;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.note.Note;
import dev.notesmcp.domain.note.NotePage;
import dev.notesmcp.domain.note.SearchHit;
import dev.notesmcp.domain.token.AccessTokenClaims;
import dev.notesmcp.domain.token.Scopes;
import dev.notesmcp.domain.token.TokenVerification;
import io.helidon.webserver.WebServer;
import dev.notesmcp.adapter.http.common.McpJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tool arguments that are not well-formed text (JSON escapes of lone surrogates, NUL) are an
 * {@code isError} result naming the argument, over real HTTP: never a 500, and nothing reaches a
 * use case. Before the domain refused them, the note was stored and its answer failed as UTF-8.
 */
class IllFormedTextToolCallTest {

    private static final AccessTokenClaims CALLER = new AccessTokenClaims("http://localhost", "http://localhost/mcp",
            new UserId("dev:alice"), "client", Scopes.all(), "jti", Instant.now(), Instant.now().plusSeconds(600), "alice");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<Note> STORED = new CopyOnWriteArrayList<>();
    private static final List<String> CALLS = new CopyOnWriteArrayList<>();

    private static WebServer server;

    @BeforeAll
    static void start() {
        HttpSettings settings = HttpSettings.of(URI.create("http://localhost"), List.of());
        NoteToolCatalog tools = new NoteToolCatalog(List.of(
                new CreateNoteTool(command -> {
                    CALLS.add("create");
                    Note note = Note.create(command.owner(), command.title(), command.content(), command.tags(), Instant.now());
                    STORED.add(note);
                    return note;
                }),
                new UpdateNoteTool(command -> {
                    CALLS.add("update");
                    return Optional.empty();
                }),
                new SearchNotesTool(query -> {
                    CALLS.add("search");
                    return STORED.stream().map(note -> new SearchHit(note, 1)).toList();
                }),
                new ListNotesTool(query -> new NotePage(List.copyOf(STORED), Optional.empty()))));
        McpEndpoint mcp = new McpEndpoint(settings, tools, McpJson.mapper(), "test");
        BearerGate gate = new BearerGate(token -> new TokenVerification.Verified(CALLER),
                new BearerChallenge(settings.resourceMetadataUrl(), tools.scopes()));
        server = WebServer.builder()
                .port(0)
                .featuresDiscoverServices(false)
                .routing(routing -> routing.post(McpEndpoint.PATH, gate).register(mcp))
                .build()
                .start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void forgetCalls() {
        STORED.clear();
        CALLS.clear();
    }

    /** Arguments as raw JSON (single quotes become double quotes), so the escapes reach the server verbatim. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "create_note | {'title':'lone \\ud800 surrogate','content':'x\\udfffy'} | title: must be valid Unicode text: a lone surrogate U+D800 at character 6",
            "create_note | {'title':'fine','content':'x\\udfffy'}                    | content: must be valid Unicode text: a lone surrogate U+DFFF at character 2",
            "create_note | {'title':'fine','tags':['ok','t\\ud83d']}                 | tag: must be valid Unicode text: a lone surrogate U+D83D at character 2",
            "create_note | {'title':'reversed \\udcdd\\ud83d pair'}                  | title: must be valid Unicode text: a lone surrogate U+DCDD at character 10",
            "create_note | {'title':'nul \\u0000 inside'}                            | title: must not contain NUL (U+0000) characters",
            "update_note | {'id':'3f2504e0-4f89-41d3-9a0c-0305e82c3301','title':'\\udfff'} | title: must be valid Unicode text",
            "search_notes | {'query':'word \\ud800'}                                 | query: must be valid Unicode text"})
    void anIllFormedArgumentIsAToolErrorNamingItAndNothingIsStored(String tool, String arguments, String message)
            throws Exception {
        HttpResponse<String> response = call(tool, arguments.replace('\'', '"'));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
        assertThat(response.body()).contains("\"isError\":true").contains("Invalid arguments: " + message)
                .doesNotContain("Exception");
        assertThat(CALLS).isEmpty();
        assertThat(STORED).isEmpty();
        assertThat(call("list_notes", "{}").body()).contains("\"isError\":false").contains("\"notes\":[]");
    }

    @Test
    void wellFormedAstralCharactersAreStoredAndAnswered() throws Exception {
        HttpResponse<String> response = call("create_note",
                "{\"title\":\"memo \\ud83d\\udcdd\",\"content\":\"clef \\ud834\\udd1e\",\"tags\":[\"\\ud83d\\ude00\"]}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"isError\":false").contains("memo \uD83D\uDCDD").contains("clef \uD834\uDD1E");
        assertThat(STORED).singleElement().satisfies(note -> assertThat(note.title().value()).isEqualTo("memo \uD83D\uDCDD"));
        assertThat(call("search_notes", "{\"query\":\"memo\"}").body()).contains("memo \uD83D\uDCDD");
    }

    private static HttpResponse<String> call(String tool, String arguments) throws Exception {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
                + "\",\"arguments\":" + arguments + "}}";
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + McpEndpoint.PATH))
                .header("Authorization", "Bearer anything")
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
