package dev.notesmcp.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notesmcp.domain.token.Scope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * MCP 2026-07-28 on {@code /mcp} over raw HTTP, rule by rule, beside the SDK-backed 2025 versions.
 * Request bodies are the specification's examples (schema/2026-07-28/examples, transports/streamable-http)
 * with our tools in place of {@code get_weather}.
 */
class Mcp20260728EndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VERSION = "2026-07-28";
    private static final String META = """
            "_meta":{"io.modelcontextprotocol/protocolVersion":"%s",
             "io.modelcontextprotocol/clientInfo":{"name":"ExampleClient","version":"1.0.0"},
             "io.modelcontextprotocol/clientCapabilities":{}}""";

    /** schema/2026-07-28/examples/DiscoverRequest/server-discover-request.json */
    private static final String DISCOVER = """
            {"jsonrpc":"2.0","id":"discover-1","method":"server/discover","params":{%s}}""".formatted(meta(VERSION));

    /** schema/2026-07-28/examples/ListToolsRequest/list-tools-request.json */
    private static final String TOOLS_LIST = """
            {"jsonrpc":"2.0","id":"list-tools-example","method":"tools/list","params":{%s}}""".formatted(meta(VERSION));

    private static TestServer server;
    private static String token;

    @BeforeAll
    static void startServer() {
        server = TestServer.start();
        token = server.tokens().forUser("github:modern-" + UUID.randomUUID());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void serverDiscoverNamesEveryVersionTheToolsCapabilityAndTheServer() {
        HttpResponse<String> response = post(token, DISCOVER, headers("server/discover", null));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.path("id").asText()).isEqualTo("discover-1");
        JsonNode result = body.path("result");
        assertThat(result.path("resultType").asText()).isEqualTo("complete");
        assertThat(strings(result.path("supportedVersions")))
                .containsExactly("2026-07-28", "2025-11-25", "2025-06-18", "2025-03-26");
        assertThat(result.path("capabilities").has("tools")).isTrue();
        assertThat(result.path("_meta").path("io.modelcontextprotocol/serverInfo").path("name").asText())
                .isEqualTo("notes-mcp");
        assertThat(result.path("instructions").asText()).contains("notes");
        assertThat(result.path("ttlMs").isIntegralNumber()).isTrue();
        assertThat(result.path("ttlMs").asLong()).isPositive();
        assertThat(result.path("cacheScope").asText()).isEqualTo("public");
    }

    @Test
    void toolsListIsTheSdkPathsListWithResultTypeAndCachingHints() {
        HttpResponse<String> modern = post(token, TOOLS_LIST, headers("tools/list", null));
        HttpResponse<String> legacy = RawHttp.post(server.mcpUrl(), RawHttp.TOOLS_LIST,
                RawHttp.mcpHeaders(token, Map.of("MCP-Protocol-Version", "2025-11-25")));

        assertThat(modern.statusCode()).isEqualTo(200);
        JsonNode result = json(modern).path("result");
        assertThat(result.path("resultType").asText()).isEqualTo("complete");
        assertThat(result.path("cacheScope").asText()).isEqualTo("public");
        assertThat(result.path("ttlMs").asLong()).isPositive();
        assertThat(result.path("tools").findValuesAsText("name")).containsExactly("create_note", "list_notes",
                "get_note", "update_note", "delete_note", "search_notes");
        // Same names, titles, descriptions and schemas as 2025-11-25: the same catalogue, not a copy.
        assertThat(result.path("tools")).isEqualTo(json(legacy).path("result").path("tools"));
    }

    @Test
    void theSixToolsWorkOverTheNewPath() {
        String user = server.tokens().forUser("github:six-" + UUID.randomUUID());
        JsonNode created = call(user, "create_note",
                "{\"title\":\"Modern\",\"content\":\"stateless and shiny\",\"tags\":[\"mcp\"]}");
        String id = created.path("structuredContent").path("id").asText();
        assertThat(id).isNotBlank();
        assertThat(created.path("resultType").asText()).isEqualTo("complete");
        assertThat(created.path("content").get(0).path("type").asText()).isEqualTo("text");
        assertThat(created.path("_meta").path("io.modelcontextprotocol/serverInfo").path("name").asText())
                .isEqualTo("notes-mcp");

        assertThat(call(user, "get_note", "{\"id\":\"" + id + "\"}").path("structuredContent").path("title").asText())
                .isEqualTo("Modern");
        assertThat(call(user, "update_note", "{\"id\":\"" + id + "\",\"title\":\"Modern, updated\"}")
                .path("structuredContent").path("title").asText()).isEqualTo("Modern, updated");
        assertThat(call(user, "list_notes", "{}").path("structuredContent").path("notes").findValuesAsText("id"))
                .containsExactly(id);
        assertThat(call(user, "search_notes", "{\"query\":\"shiny\"}").path("structuredContent").path("results")
                .findValuesAsText("id")).containsExactly(id);
        assertThat(call(user, "delete_note", "{\"id\":\"" + id + "\"}").path("structuredContent").path("deleted")
                .asBoolean()).isTrue();

        JsonNode gone = call(user, "get_note", "{\"id\":\"" + id + "\"}");
        assertThat(gone.path("isError").asBoolean()).isTrue();
        assertThat(gone.path("content").get(0).path("text").asText()).isEqualTo("No note with id " + id + ".");
    }

    @Test
    void aToolErrorAndAnUnknownToolAreAnsweredAsOnTheSdkPath() {
        JsonNode invalid = call(token, "create_note", "{\"title\":\"\"}");
        assertThat(invalid.path("isError").asBoolean()).isTrue();
        assertThat(invalid.path("content").get(0).path("text").asText()).startsWith("Invalid arguments:");

        HttpResponse<String> unknown = post(token, toolCall("no_such_tool", "{}", VERSION),
                headers("tools/call", "no_such_tool"));
        HttpResponse<String> legacy = RawHttp.post(server.mcpUrl(),
                "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"name\":\"no_such_tool\",\"arguments\":{}}}",
                RawHttp.mcpHeaders(token, Map.of("MCP-Protocol-Version", "2025-11-25")));
        assertThat(unknown.statusCode()).isEqualTo(legacy.statusCode()).isEqualTo(200);
        assertThat(json(unknown).path("error")).isEqualTo(json(legacy).path("error"));
        assertThat(json(unknown).path("error").path("code").asInt()).isEqualTo(-32602);
    }

    @Test
    void theVersionInMetaMustEqualTheHeader() {
        HttpResponse<String> older = post(token, DISCOVER, Map.of("MCP-Protocol-Version", "2025-11-25",
                "Mcp-Method", "server/discover"));
        assertError(older, 400, -32020, "Header mismatch: MCP-Protocol-Version header value '2025-11-25' does not match"
                + " body value '2026-07-28'");

        HttpResponse<String> newerHeader = post(token, TOOLS_LIST.replace("\"2026-07-28\"", "\"2025-11-25\""),
                headers("tools/list", null));
        assertError(newerHeader, 400, -32020, "Header mismatch: MCP-Protocol-Version header value '2026-07-28'");
    }

    @Test
    void metaWithoutTheVersionHeaderIsAHeaderMismatch() {
        HttpResponse<String> response = post(token, DISCOVER, Map.of("Mcp-Method", "server/discover"));

        assertError(response, 400, -32020, "the MCP-Protocol-Version header is required");
    }

    @Test
    void theVersionHeaderWithoutMetaIsInvalidParams() {
        HttpResponse<String> noMeta = post(token, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/list\"}",
                headers("tools/list", null));
        assertError(noMeta, 400, -32602, "_meta is missing");

        HttpResponse<String> noCapabilities = post(token, TOOLS_LIST.replace(
                ",\n \"io.modelcontextprotocol/clientCapabilities\":{}", ""), headers("tools/list", null));
        assertError(noCapabilities, 400, -32602, "io.modelcontextprotocol/clientCapabilities is missing");
    }

    /** schema/2026-07-28/examples/UnsupportedProtocolVersionError/unsupported-version.json */
    @Test
    void anUnsupportedVersionListsTheSupportedOnes() {
        HttpResponse<String> response = post(token, toolCall("list_notes", "{}", "1900-01-01").replace("\"id\":7", "\"id\":1"),
                Map.of("MCP-Protocol-Version", "1900-01-01", "Mcp-Method", "tools/call", "Mcp-Name", "list_notes"));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = json(response).path("error");
        assertThat(json(response).path("id").asInt()).isEqualTo(1);
        assertThat(error.path("code").asInt()).isEqualTo(-32022);
        assertThat(strings(error.path("data").path("supported")))
                .containsExactly("2026-07-28", "2025-11-25", "2025-06-18", "2025-03-26");
        assertThat(error.path("data").path("requested").asText()).isEqualTo("1900-01-01");
    }

    @Test
    void mcpMethodMustBeSentAndEqualTheBodysMethod() {
        assertError(post(token, TOOLS_LIST, headers(null, null)), 400, -32020, "the Mcp-Method header is required");
        assertError(post(token, TOOLS_LIST, headers("tools/call", null)), 400, -32020,
                "Header mismatch: Mcp-Method header value 'tools/call' does not match body value 'tools/list'");
    }

    /** schema/2026-07-28/examples/HeaderMismatchError/header-mismatch.json */
    @Test
    void mcpNameMustBeSentAndEqualTheToolName() {
        HttpResponse<String> mismatch = post(token, toolCall("bar", "{}", VERSION), headers("tools/call", "foo"));
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(json(mismatch).path("id").asInt()).isEqualTo(7);
        assertThat(json(mismatch).path("error").path("code").asInt()).isEqualTo(-32020);
        assertThat(json(mismatch).path("error").path("message").asText())
                .isEqualTo("Header mismatch: Mcp-Name header value 'foo' does not match body value 'bar'");

        assertError(post(token, toolCall("list_notes", "{}", VERSION), headers("tools/call", null)), 400, -32020,
                "the Mcp-Name header is required");
    }

    @Test
    void aBase64EncodedMcpNameIsDecodedBeforeItIsCompared() {
        HttpResponse<String> response = post(token, toolCall("list_notes", "{}", VERSION),
                headers("tools/call", "=?base64?bGlzdF9ub3Rlcw==?="));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("result").path("isError").asBoolean()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"initialize", "ping", "prompts/list", "resources/read", "subscriptions/listen"})
    void aMethodThisServerDoesNotServeIs404MethodNotFound(String method) {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"" + method + "\",\"params\":{" + meta(VERSION) + "}}";

        HttpResponse<String> response = post(token, body, headers(method, null));

        assertError(response, 404, -32601, "Method not found");
        assertThat(json(response).path("id").asInt()).isEqualTo(9);
    }

    @Test
    void mcpSessionIdIsIgnoredAndNeverMinted() {
        Map<String, String> headers = new HashMap<>(headers("tools/list", null));
        headers.put("Mcp-Session-Id", "no-such-session");

        HttpResponse<String> response = post(token, TOOLS_LIST, headers);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Mcp-Session-Id")).isEmpty();
    }

    @Test
    void aToolTheTokenHasNoScopeForIs403InsufficientScopeAsOnTheSdkPath() {
        String readOnly = server.tokens().forUser("github:reader-" + UUID.randomUUID(), Scope.NOTES_READ);

        HttpResponse<String> response = post(readOnly, toolCall("create_note", "{\"title\":\"nope\"}", VERSION),
                headers("tools/call", "create_note"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("WWW-Authenticate")).get().asString()
                .startsWith("Bearer error=\"insufficient_scope\"").contains("scope=\"notes:read notes:write\"")
                .contains("error_description=\"This request needs the notes:write scope\"");
        assertThat(json(response).path("id").asInt()).isEqualTo(7);
        assertThat(json(response).path("error").path("message").asText()).isEqualTo("This tool needs the notes:write scope");
        assertThat(post(readOnly, toolCall("list_notes", "{}", VERSION), headers("tools/call", "list_notes"))
                .statusCode()).isEqualTo(200);
    }

    @Test
    void withoutATokenTheAnswerIs401PointingAtTheResourceMetadata() {
        HttpResponse<String> response = post(null, DISCOVER, headers("server/discover", null));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).get().asString()
                .contains("resource_metadata=\"" + server.settings().publicUrl() + "/.well-known/oauth-protected-resource/mcp\"");
    }

    @Test
    void aBatchIsRefusedIn20260728() {
        HttpResponse<String> response = post(token, "[" + TOOLS_LIST + "]", headers("tools/list", null));

        assertError(response, 400, -32600, "A 2026-07-28 request travels alone, one per POST, never in a batch");
        HttpResponse<String> modernInsideLegacy = RawHttp.post(server.mcpUrl(), "[" + TOOLS_LIST + "]",
                RawHttp.mcpHeaders(token, Map.of("MCP-Protocol-Version", "2025-03-26")));
        assertError(modernInsideLegacy, 400, -32600, "never in a batch");
    }

    @Test
    void aLegacyRequestNamingAnUnknownVersionGetsTheSameError() {
        HttpResponse<String> response = RawHttp.post(server.mcpUrl(), RawHttp.TOOLS_LIST,
                RawHttp.mcpHeaders(token, Map.of("MCP-Protocol-Version", "2024-01-01")));

        assertError(response, 400, -32022, "Unsupported protocol version '2024-01-01'");
        assertThat(json(response).path("id").asInt()).isEqualTo(2);
    }

    @Test
    void the2025PathIsUntouchedByAModernServerBesideIt() {
        HttpResponse<String> initialize = RawHttp.postMcp(server, token, RawHttp.INITIALIZE);
        HttpResponse<String> list = RawHttp.postMcp(server, token, RawHttp.TOOLS_LIST);

        assertThat(initialize.statusCode()).isEqualTo(200);
        assertThat(initialize.body()).contains("\"protocolVersion\":\"2025-06-18\"").doesNotContain("resultType");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).doesNotContain("resultType").doesNotContain("ttlMs");
    }

    private static JsonNode call(String bearer, String tool, String arguments) {
        HttpResponse<String> response = post(bearer, toolCall(tool, arguments, VERSION), headers("tools/call", tool));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.has("error")).as(response.body()).isFalse();
        return body.path("result");
    }

    /** schema/2026-07-28/examples/CallToolRequest/call-tool-request.json, with one of our tools. */
    private static String toolCall(String tool, String arguments, String version) {
        return "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{" + meta(version)
                + ",\"name\":\"" + tool + "\",\"arguments\":" + arguments + "}}";
    }

    private static String meta(String version) {
        return META.formatted(version);
    }

    private static Map<String, String> headers(String method, String name) {
        Map<String, String> headers = new HashMap<>(Map.of("MCP-Protocol-Version", VERSION));
        if (method != null) {
            headers.put("Mcp-Method", method);
        }
        if (name != null) {
            headers.put("Mcp-Name", name);
        }
        return headers;
    }

    private static HttpResponse<String> post(String bearer, String body, Map<String, String> headers) {
        return RawHttp.post(server.mcpUrl(), body, RawHttp.mcpHeaders(bearer, headers));
    }

    private static void assertError(HttpResponse<String> response, int status, int code, String messagePart) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = json(response);
        assertThat(body.path("jsonrpc").asText()).isEqualTo("2.0");
        assertThat(body.path("error").path("code").asInt()).as(response.body()).isEqualTo(code);
        assertThat(body.path("error").path("message").asText()).contains(messagePart);
    }

    private static List<String> strings(JsonNode array) {
        return JSON.convertValue(array, JSON.getTypeFactory().constructCollectionType(List.class, String.class));
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
