package dev.notesmcp.adapter.http.mcp.modern;

import io.helidon.http.HeaderNames;
import io.helidon.http.WritableHeaders;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** transports/streamable-http "Server Validation": the request headers against the body. */
class RequestHeadersTest {

    private static final Map<String, Object> META = Map.of("io.modelcontextprotocol/protocolVersion", "2026-07-28",
            "io.modelcontextprotocol/clientCapabilities", Map.of());

    private static final JSONRPCRequest CALL = new JSONRPCRequest("2.0", "tools/call", 1,
            Map.of("_meta", META, "name", "get_weather", "arguments", Map.of("location", "Seattle, WA")));

    private static final Optional<String> MODERN = Optional.of("2026-07-28");

    /** The spec's own tools/call example, headers and body. */
    @Test
    void theSpecsToolsCallExamplePasses() {
        assertThat(RequestHeaders.mismatch(headers("tools/call", "get_weather"), MODERN, CALL)).isEmpty();
    }

    @Test
    void aMissingOrRepeatedOrDifferentMcpNameIsAMismatch() {
        assertThat(RequestHeaders.mismatch(headers("tools/call", null), MODERN, CALL))
                .hasValue("Header mismatch: the Mcp-Name header is required (body value 'get_weather')");
        assertThat(RequestHeaders.mismatch(headers("tools/call", "get_weather").add(HeaderNames.create("Mcp-Name"),
                "get_weather"), MODERN, CALL)).hasValue("Header mismatch: send one Mcp-Name header, not 2");
        assertThat(RequestHeaders.mismatch(headers("tools/call", "foo"), MODERN, CALL))
                .hasValue("Header mismatch: Mcp-Name header value 'foo' does not match body value 'get_weather'");
    }

    @Test
    void aMethodWithoutANameNeedsNoMcpNameButAnExtraOneMirrorsNothing() {
        JSONRPCRequest list = new JSONRPCRequest("2.0", "tools/list", 2, Map.of("_meta", META));

        assertThat(RequestHeaders.mismatch(headers("tools/list", null), MODERN, list)).isEmpty();
        JSONRPCRequest nameless = new JSONRPCRequest("2.0", "tools/call", 3, Map.of("_meta", META));
        assertThat(RequestHeaders.mismatch(headers("tools/call", "x"), MODERN, nameless))
                .hasValue("Header mismatch: Mcp-Name header value 'x' does not match body value (none)");
    }

    @Test
    void mcpMethodIsComparedCaseSensitively() {
        assertThat(RequestHeaders.mismatch(headers("Tools/Call", "get_weather"), MODERN, CALL))
                .hasValue("Header mismatch: Mcp-Method header value 'Tools/Call' does not match body value 'tools/call'");
    }

    @Test
    void aHeaderValueOutsideVisibleAsciiIsRefused() {
        assertThat(RequestHeaders.mismatch(headers("tools/call", "get_wéather"), MODERN, CALL)).get()
                .asString().contains("outside visible ASCII");
    }

    /** The "Value Encoding" table of the transport spec. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "us-west1|us-west1",
            "=?base64?SGVsbG8sIOS4lueVjA==?=|Hello, 世界",
            "=?base64?IHBhZGRlZCA=?=|' padded '",
            "=?base64?PT9iYXNlNjQ/bGl0ZXJhbD89?=|=?base64?literal?=",
    })
    void sentinelValuesAreDecoded(String header, String value) {
        assertThat(RequestHeaders.decode(header)).hasValue(value);
    }

    @Test
    void anEncodedNewlineIsDecodedToo() {
        assertThat(RequestHeaders.decode("=?base64?bGluZTEKbGluZTI=?=")).hasValue("line1\nline2");
    }

    @Test
    void aBrokenSentinelIsNoValue() {
        assertThat(RequestHeaders.decode("=?base64?not base64!?=")).isEmpty();
        assertThat(RequestHeaders.decode("=?base64?/w==?=")).as("0xFF is not UTF-8").isEmpty();
        assertThat(RequestHeaders.mismatch(headers("tools/call", "=?base64?@@?="), MODERN, CALL))
                .hasValue("Header mismatch: the Mcp-Name header is not valid =?base64?…?= UTF-8");
    }

    @Test
    void theSentinelIsCaseSensitive() {
        assertThat(RequestHeaders.decode("=?BASE64?Zm9v?=")).hasValue("=?BASE64?Zm9v?=");
    }

    private static WritableHeaders<?> headers(String method, String name) {
        WritableHeaders<?> headers = WritableHeaders.create();
        if (method != null) {
            headers.add(HeaderNames.create("Mcp-Method"), method);
        }
        if (name != null) {
            headers.add(HeaderNames.create("Mcp-Name"), name);
        }
        return headers;
    }
}
