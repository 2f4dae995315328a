package dev.notesmcp.adapter.http.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notesmcp.adapter.http.mcp.McpEndpoint;
import dev.notesmcp.adapter.http.mcp.tool.CreateNoteTool;
import dev.notesmcp.adapter.http.mcp.tool.DeleteNoteTool;
import dev.notesmcp.adapter.http.mcp.tool.GetNoteTool;
import dev.notesmcp.adapter.http.mcp.tool.ListNotesTool;
import dev.notesmcp.adapter.http.mcp.tool.NoteToolCatalog;
import dev.notesmcp.adapter.http.mcp.tool.SearchNotesTool;
import dev.notesmcp.adapter.http.mcp.tool.UpdateNoteTool;
import dev.notesmcp.adapter.http.security.BearerChallenge;
import dev.notesmcp.adapter.http.security.BearerGate;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.note.Note;
import dev.notesmcp.domain.note.NoteContent;
import dev.notesmcp.domain.note.NoteId;
import dev.notesmcp.domain.note.NotePage;
import dev.notesmcp.domain.note.SearchHit;
import dev.notesmcp.domain.note.Tags;
import dev.notesmcp.domain.note.Title;
import dev.notesmcp.domain.token.AccessTokenClaims;
import dev.notesmcp.domain.token.Scope;
import dev.notesmcp.domain.token.Scopes;
import dev.notesmcp.domain.token.TokenVerification;
import io.helidon.webserver.WebServer;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Blackbird changes how Jackson reaches properties, not what it writes: every kind of /mcp answer
 * (the SDK's records on the 2025 path, ours on the 2026-07-28 path, transport errors, batches) is
 * byte for byte what a plain mapper with the same features writes, over real HTTP on two servers that
 * differ only in their mapper.
 */
class McpJsonTest {

    private static final Instant CREATED = Instant.parse("2026-01-02T03:04:05.123456Z");
    private static final UserId ALICE = new UserId("dev:alice");
    private static final Note FIRST = new Note(NoteId.random(), ALICE, new Title("first \"quoted\" ü \uD83D\uDCDD"),
            new NoteContent("line\nbreak\ttab"),
            Tags.of(List.of("work", "idea")), CREATED, CREATED.plusSeconds(60));
    private static final Note SECOND = Note.create(ALICE, new Title("second"), NoteContent.empty(), Tags.none(), CREATED);
    private static final AccessTokenClaims CALLER = new AccessTokenClaims("http://localhost", "http://localhost/mcp",
            ALICE, "client", Scopes.all(), "jti", CREATED, CREATED.plusSeconds(600_000_000), "alice");
    private static final AccessTokenClaims READER = new AccessTokenClaims("http://localhost", "http://localhost/mcp",
            ALICE, "client", Scopes.of(Scope.NOTES_READ), "jti", CREATED, CREATED.plusSeconds(600_000_000),
            "alice");
    private static final String MODERN_META = """
            "_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28",
             "io.modelcontextprotocol/clientInfo":{"name":"ExampleClient","version":"1.0.0"},
             "io.modelcontextprotocol/clientCapabilities":{}}""";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static WebServer plain;
    private static WebServer blackbird;

    @BeforeAll
    static void start() {
        plain = server(new JacksonMcpJsonMapper(McpJson.plainBuilder().build()));
        blackbird = server(McpJson.mapper());
    }

    @AfterAll
    static void stop() {
        plain.stop();
        blackbird.stop();
    }

    @Test
    void theMapperHasBlackbird() {
        ObjectMapper mapper = ((JacksonMcpJsonMapper) McpJson.mapper()).getObjectMapper();

        assertThat(mapper.getRegisteredModuleIds()).anySatisfy(id -> assertThat(id.toString()).contains("blackbird"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exchanges")
    void blackbirdWritesTheSameBytesAsAPlainMapper(String name, String body, String version, String token)
            throws Exception {
        HttpResponse<byte[]> expected = post(plain, body, version, token);
        HttpResponse<byte[]> actual = post(blackbird, body, version, token);

        assertThat(expected.body()).as("%s answers something to compare", name).isNotEmpty();
        assertThat(actual.statusCode()).isEqualTo(expected.statusCode());
        assertThat(new String(actual.body(), UTF_8))
                .isEqualTo(new String(expected.body(), UTF_8));
        assertThat(actual.body()).isEqualTo(expected.body());
    }

    static Stream<Arguments> exchanges() {
        String id = FIRST.id().toString();
        return Stream.of(
                exchange("initialize", """
                        {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25",
                         "capabilities":{},"clientInfo":{"name":"bench","version":"1"}}}""", "2025-11-25"),
                exchange("ping", "{\"jsonrpc\":\"2.0\",\"id\":\"p\",\"method\":\"ping\"}", "2025-11-25"),
                exchange("tools/list", "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}", "2025-11-25"),
                call("list_notes", "{\"limit\":1}"),
                call("list_notes", "{}"),
                call("get_note", "{\"id\":\"" + id + "\"}"),
                call("get_note", "{\"id\":\"not an id\"}"),
                call("search_notes", "{\"query\":\"first\"}"),
                call("create_note", "{\"title\":\"new\",\"content\":\"text\",\"tags\":[\"a\"]}"),
                call("update_note", "{\"id\":\"" + id + "\",\"title\":\"changed\"}"),
                call("delete_note", "{\"id\":\"" + id + "\"}"),
                call("no_such_tool", "{}"),
                exchange("unknown method", "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"resources/list\"}", "2025-11-25"),
                exchange("invalid envelope", "{\"jsonrpc\":\"1.0\",\"id\":4,\"method\":\"ping\"}", "2025-11-25"),
                exchange("parse error", "{\"jsonrpc\":", "2025-11-25"),
                exchange("batch", """
                        [{"jsonrpc":"2.0","id":5,"method":"ping"},
                         {"jsonrpc":"2.0","id":6,"method":"tools/call","params":{"name":"list_notes","arguments":{}}}]""",
                        "2025-03-26"),
                Arguments.of("missing scope", """
                        {"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"delete_note",
                         "arguments":{"id":"%s"}}}""".formatted(id), "2025-11-25", "reader"),
                exchange("2026-07-28 server/discover", """
                        {"jsonrpc":"2.0","id":"d","method":"server/discover","params":{%s}}""".formatted(MODERN_META),
                        "2026-07-28"),
                exchange("2026-07-28 tools/list", """
                        {"jsonrpc":"2.0","id":"l","method":"tools/list","params":{%s}}""".formatted(MODERN_META),
                        "2026-07-28"),
                exchange("2026-07-28 tools/call", """
                        {"jsonrpc":"2.0","id":"c","method":"tools/call","params":{"name":"list_notes",
                         "arguments":{},%s}}""".formatted(MODERN_META), "2026-07-28"),
                exchange("2026-07-28 error", """
                        {"jsonrpc":"2.0","id":"e","method":"tools/list","params":{}}""", "2026-07-28"));
    }

    private static Arguments exchange(String name, String body, String version) {
        return Arguments.of(name, body, version, "caller");
    }

    private static Arguments call(String tool, String arguments) {
        return exchange("tools/call " + tool + " " + arguments, """
                {"jsonrpc":"2.0","id":10,"method":"tools/call","params":{"name":"%s","arguments":%s}}"""
                .formatted(tool, arguments), "2025-11-25");
    }

    private static WebServer server(McpJsonMapper json) {
        HttpSettings settings = HttpSettings.of(URI.create("http://localhost"), List.of());
        NoteToolCatalog tools = new NoteToolCatalog(List.of(
                new CreateNoteTool(command -> new Note(SECOND.id(), command.owner(), command.title(), command.content(),
                        command.tags(), CREATED, CREATED)),
                new ListNotesTool(query -> NotePage.fromLookahead(List.of(FIRST, SECOND), query.limit())),
                new GetNoteTool((owner, id) -> id.equals(FIRST.id()) ? Optional.of(FIRST) : Optional.empty()),
                new UpdateNoteTool(command -> Optional.of(new Note(FIRST.id(), ALICE, command.changes().title()
                        .orElse(FIRST.title()), FIRST.content(), FIRST.tags(), CREATED, CREATED.plusSeconds(120)))),
                new DeleteNoteTool((owner, id) -> true),
                new SearchNotesTool(query -> List.of(new SearchHit(FIRST, 0.75), new SearchHit(SECOND, 0.125)))));
        McpEndpoint mcp = new McpEndpoint(settings, tools, json, "test");
        BearerGate gate = new BearerGate(token -> new TokenVerification.Verified(token.equals("reader") ? READER : CALLER),
                new BearerChallenge(settings.resourceMetadataUrl(), tools.scopes()));
        return WebServer.builder()
                .port(0)
                .featuresDiscoverServices(false)
                .routing(routing -> routing.post(McpEndpoint.PATH, gate).register(mcp))
                .build()
                .start();
    }

    private static HttpResponse<byte[]> post(WebServer server, String body, String version, String token)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + McpEndpoint.PATH))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .header("MCP-Protocol-Version", version)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (version.equals("2026-07-28")) {
            String method = body.contains("server/discover") ? "server/discover"
                    : body.contains("tools/call") ? "tools/call" : "tools/list";
            request.header("Mcp-Method", method);
            if (method.equals("tools/call")) {
                request.header("Mcp-Name", "list_notes");
            }
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
