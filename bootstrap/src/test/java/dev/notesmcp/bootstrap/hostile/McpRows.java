package dev.notesmcp.bootstrap.hostile;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Stream;

import static dev.notesmcp.bootstrap.hostile.Expect.jsonRpc;
import static dev.notesmcp.bootstrap.hostile.Expect.refusedToolCall;
import static dev.notesmcp.bootstrap.hostile.Expect.status;
import static dev.notesmcp.bootstrap.hostile.Fixture.request;
import static dev.notesmcp.bootstrap.hostile.Fixture.toolCall;
import static dev.notesmcp.bootstrap.hostile.HostileRow.api;

/** {@code POST /mcp}: the JSON-RPC intake, tool arguments and the transport's headers (JSON-RPC 2.0 §5.1 codes). */
final class McpRows {

    private static final int PARSE_ERROR = -32700;
    private static final int INVALID_REQUEST = -32600;
    private static final int METHOD_NOT_FOUND = -32601;
    private static final int INVALID_PARAMS = -32602;
    private static final int UNSUPPORTED_PROTOCOL_VERSION = -32022;
    private static final String E = "/mcp";

    private McpRows() {
    }

    static Stream<HostileRow> rows() {
        return Stream.of(
                api(E, "not JSON", jsonRpc(400, PARSE_ERROR), f -> f.mcp("{\"jsonrpc\":")),
                api(E, "empty body", jsonRpc(400, PARSE_ERROR, INVALID_REQUEST), f -> f.mcp("")),
                api(E, "body null", jsonRpc(400, INVALID_REQUEST), f -> f.mcp("null")),
                api(E, "a JSON string", jsonRpc(400, INVALID_REQUEST), f -> f.mcp("\"tools/list\"")),
                api(E, "jsonrpc 1.0", jsonRpc(400, INVALID_REQUEST),
                        f -> f.mcp("{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"tools/list\"}")),
                api(E, "jsonrpc as the number 2.0", jsonRpc(400, INVALID_REQUEST),
                        f -> f.mcp("{\"jsonrpc\":2.0,\"id\":1,\"method\":\"tools/list\"}")),
                api(E, "no jsonrpc member", jsonRpc(400, INVALID_REQUEST), f -> f.mcp("{\"id\":1,\"method\":\"tools/list\"}")),
                api(E, "method not a string", jsonRpc(400, INVALID_REQUEST),
                        f -> f.mcp("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":42}")),
                api(E, "trailing garbage", jsonRpc(400, PARSE_ERROR, INVALID_REQUEST),
                        f -> f.mcp("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"} xyz")),
                api(E, "two concatenated messages", jsonRpc(400, PARSE_ERROR, INVALID_REQUEST),
                        f -> f.mcp(toolCall("list_notes", "{}") + toolCall("create_note", "{\"title\":\"smuggled\"}"))),
                api(E, "invalid UTF-8 in a tool argument", jsonRpc(400, PARSE_ERROR), f -> f.mcp(Fixture.bytes(
                        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"create_note\","
                                + "\"arguments\":{\"title\":\"bad ", new byte[] {(byte) 0xff, (byte) 0xfe}, " bytes\"}}}"))),
                api(E, "UTF-8 encoded lone surrogate (CESU bytes)", jsonRpc(400, PARSE_ERROR), f -> f.mcp(Fixture.bytes(
                        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"create_note\","
                                + "\"arguments\":{\"title\":\"x", new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, "y\"}}}"))),
                api(E, "lone surrogates in create_note", refusedToolCall(),
                        f -> f.mcp(toolCall("create_note", "{\"title\":\"lone \\ud800 surrogate\",\"content\":\"x\\udfffy\"}"))),
                api(E, "lone surrogate in a tag", refusedToolCall(),
                        f -> f.mcp(toolCall("create_note", "{\"title\":\"ok\",\"tags\":[\"t\\udc00\"]}"))),
                api(E, "lone surrogate in search_notes", refusedToolCall(),
                        f -> f.mcp(toolCall("search_notes", "{\"query\":\"\\ud800\"}"))),
                api(E, "NUL in a title", refusedToolCall(), f -> f.mcp(toolCall("create_note", "{\"title\":\"a\\u0000b\"}"))),
                api(E, "title of the wrong type", refusedToolCall(), f -> f.mcp(toolCall("create_note", "{\"title\":42}"))),
                api(E, "tags not an array", refusedToolCall(),
                        f -> f.mcp(toolCall("create_note", "{\"title\":\"ok\",\"tags\":\"x\"}"))),
                api(E, "title too long", refusedToolCall(),
                        f -> f.mcp(toolCall("create_note", "{\"title\":\"" + "t".repeat(5000) + "\"}"))),
                api(E, "huge limit", refusedToolCall(), f -> f.mcp(toolCall("list_notes", "{\"limit\":1000000000000}"))),
                api(E, "negative limit", refusedToolCall(), f -> f.mcp(toolCall("list_notes", "{\"limit\":-1}"))),
                api(E, "fractional limit", refusedToolCall(), f -> f.mcp(toolCall("list_notes", "{\"limit\":2.5}"))),
                api(E, "limit as a string", refusedToolCall(), f -> f.mcp(toolCall("list_notes", "{\"limit\":\"10\"}"))),
                api(E, "cursor not base64", refusedToolCall(), f -> f.mcp(toolCall("list_notes", "{\"cursor\":\"!!!\"}"))),
                api(E, "cursor of garbage", refusedToolCall(),
                        f -> f.mcp(toolCall("list_notes", "{\"cursor\":\"" + base64("garbage") + "\"}"))),
                // PostgreSQL keeps timestamps from 4713 BC on; Long.MIN_VALUE micros is 290 000 years before that.
                api(E, "cursor with an out-of-range timestamp", refusedToolCall(), f -> f.mcp(toolCall("list_notes",
                        "{\"cursor\":\"" + base64(Long.MIN_VALUE + "/3f2504e0-4f89-41d3-9a0c-0305e82c3301") + "\"}"))),
                api(E, "cursor with a timestamp beyond a long", refusedToolCall(), f -> f.mcp(toolCall("list_notes",
                        "{\"cursor\":\"" + base64("99999999999999999999/3f2504e0-4f89-41d3-9a0c-0305e82c3301") + "\"}"))),
                api(E, "note id not a UUID", refusedToolCall(), f -> f.mcp(toolCall("get_note", "{\"id\":\"../../etc\"}"))),
                api(E, "unknown tool", jsonRpc(200, INVALID_PARAMS), f -> f.mcp(toolCall("drop_tables", "{}"))),
                api(E, "tool name not a string", jsonRpc(200, INVALID_PARAMS),
                        f -> f.mcp("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":[1]}}")),
                api(E, "arguments not an object", jsonRpc(200, INVALID_PARAMS), f -> f.mcp(toolCall("list_notes", "\"x\""))),
                api(E, "unknown method", jsonRpc(200, METHOD_NOT_FOUND),
                        f -> f.mcp("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"admin/shutdown\"}")),
                api(E, "initialize without params", jsonRpc(200, INVALID_PARAMS),
                        f -> f.mcp("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\"}")),
                api(E, "initialize with capabilities \"x\"", jsonRpc(200, INVALID_PARAMS), f -> f.mcp(
                        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                                + "\"capabilities\":\"x\",\"clientInfo\":{\"name\":\"c\",\"version\":\"1\"}}}")),
                api(E, "no Authorization", status(401), f -> request("POST", E, toolCall("list_notes", "{}"),
                        "Content-Type", "application/json", "Accept", "application/json, text/event-stream")),
                api(E, "two Authorization headers", status(400, 401), f -> request("POST", E, toolCall("list_notes", "{}"),
                        "Content-Type", "application/json", "Accept", "application/json, text/event-stream",
                        "Authorization", "Bearer " + f.token, "Authorization", "Bearer " + f.token)),
                api(E, "a second, bogus Authorization header", status(400, 401), f -> request("POST", E,
                        toolCall("create_note", "{\"title\":\"via the first header\"}"), "Content-Type", "application/json",
                        "Accept", "application/json, text/event-stream", "Authorization", "Bearer " + f.token,
                        "Authorization", "Bearer not-a-token")),
                api(E, "Basic instead of Bearer", status(401), f -> request("POST", E, toolCall("list_notes", "{}"),
                        "Content-Type", "application/json", "Authorization", Fixture.basic("a", "b"))),
                api(E, "an access token whose exp is a string", status(401), f -> request("POST", E,
                        toolCall("create_note", "{\"title\":\"exp as string\"}"), "Content-Type", "application/json",
                        "Accept", "application/json, text/event-stream", "Authorization", "Bearer " + ForgedTokens.expAsString(f))),
                api(E, "foreign Origin", status(403), f -> withHeader(f.mcp(toolCall("create_note", "{\"title\":\"csrf\"}")),
                        "Origin", "https://evil.example")),
                api(E, "two Origin headers", status(400, 403), f -> withHeader(withHeader(
                        f.mcp(toolCall("create_note", "{\"title\":\"two origins\"}")), "Origin", f.server.baseUrl()),
                        "Origin", "https://evil.example")),
                api(E, "Origin null", status(403), f -> withHeader(f.mcp(toolCall("create_note", "{\"title\":\"null origin\"}")),
                        "Origin", "null")),
                api(E, "unsupported MCP-Protocol-Version", jsonRpc(400, UNSUPPORTED_PROTOCOL_VERSION),
                        f -> withHeader(f.mcp(toolCall("list_notes", "{}")), "MCP-Protocol-Version", "1999-01-01")),
                api(E, "Content-Type text/plain", status(415), f -> request("POST", E, toolCall("create_note", "{\"title\":\"t\"}"),
                        "Content-Type", "text/plain", "Authorization", "Bearer " + f.token)),
                // Framing (RFC 9112 §7.1): refused as a client error, as JSON; 501 is the RFC's answer to an unknown coding.
                api(E, "chunk size zz", status(400), f -> framed(f, "chunked", "zz\r\n{}\r\n0\r\n\r\n")),
                api(E, "Transfer-Encoding xchunked", status(400, 501), f -> framed(f, "xchunked",
                        "2\r\n{}\r\n0\r\n\r\n")).allowing(501),
                api(E, "GET", status(405), f -> request("GET", E, new byte[0], "Authorization", "Bearer " + f.token)),
                api(E, "PUT", status(405), f -> request("PUT", E, toolCall("list_notes", "{}"),
                        "Content-Type", "application/json", "Authorization", "Bearer " + f.token)));
    }

    /** A POST /mcp framed by {@code Transfer-Encoding} as given, with no Content-Length. */
    private static RawExchange.Request framed(Fixture f, String transferEncoding, String body) {
        return new RawExchange.Request("POST", E, java.util.List.of(Map.entry("Host", "localhost"),
                Map.entry("Content-Type", "application/json"), Map.entry("Authorization", "Bearer " + f.token),
                Map.entry("Transfer-Encoding", transferEncoding), Map.entry("Connection", "close")),
                body.getBytes(StandardCharsets.US_ASCII), true);
    }

    static RawExchange.Request withHeader(RawExchange.Request request, String name, String value) {
        var headers = new java.util.ArrayList<>(request.headers());
        headers.add(Map.entry(name, value));
        return new RawExchange.Request(request.method(), request.target(), headers, request.body(), request.framed());
    }

    private static String base64(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

}
