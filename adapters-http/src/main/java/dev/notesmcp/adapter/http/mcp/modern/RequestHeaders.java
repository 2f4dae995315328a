package dev.notesmcp.adapter.http.mcp.modern;

import io.helidon.http.HeaderName;
import io.helidon.http.Headers;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The request metadata headers of 2026-07-28 against the body (transports/streamable-http, "Request
 * Metadata" and "Server Validation"): {@code MCP-Protocol-Version} equals {@code _meta}'s protocol
 * version, {@code Mcp-Method} the method, {@code Mcp-Name} the {@code params.name} of a tools/call
 * (Base64 sentinel decoded first). Missing, repeated, malformed or different is a {@code HeaderMismatch}.
 */
final class RequestHeaders {

    /** Which body field {@code Mcp-Name} mirrors, per method ("Standard Request Headers"). */
    private static final Map<String, String> NAME_SOURCE = Map.of(
            McpSchema.METHOD_TOOLS_CALL, "name", "prompts/get", "name", "resources/read", "uri");

    private static final String SENTINEL_PREFIX = "=?base64?";
    private static final String SENTINEL_SUFFIX = "?=";

    private RequestHeaders() {
    }

    /** Why the headers disagree with the body, as the -32020 message; empty when they agree. */
    static Optional<String> mismatch(Headers headers, Optional<String> versionHeader, JSONRPCRequest request) {
        Object claimed = ModernProtocol.claimedVersion(request.params()).orElse(null);
        if (versionHeader.isEmpty()) {
            return Optional.of("Header mismatch: the MCP-Protocol-Version header is required (the body's _meta names "
                    + Clipped.of(claimed) + ")");
        }
        if (!versionHeader.get().equals(claimed)) {
            return Optional.of(differs("MCP-Protocol-Version", versionHeader.get(), claimed));
        }
        Optional<String> method = compare(headers, ModernProtocol.MCP_METHOD, request.method(), false);
        if (method.isPresent()) {
            return method;
        }
        String field = NAME_SOURCE.get(request.method());
        if (field == null) {
            return Optional.empty();
        }
        Object value = request.params() instanceof Map<?, ?> params ? params.get(field) : null;
        // No string in the body: no header is expected (the client cannot mirror it) and the method's own
        // params check answers; a header there anyway mirrors nothing.
        return compare(headers, ModernProtocol.MCP_NAME, value instanceof String text ? text : null, true);
    }

    private static Optional<String> compare(Headers headers, HeaderName name, String body, boolean mayBeEncoded) {
        List<String> values = headers.all(name, List::of);
        if (values.isEmpty()) {
            return body == null ? Optional.empty()
                    : Optional.of("Header mismatch: the " + name.defaultCase() + " header is required (body value "
                            + Clipped.of(body) + ")");
        }
        if (values.size() > 1) {
            return Optional.of("Header mismatch: send one " + name.defaultCase() + " header, not " + values.size());
        }
        String raw = values.getFirst();
        if (!isFieldValue(raw)) {
            return Optional.of("Header mismatch: the " + name.defaultCase() + " header holds characters outside visible"
                    + " ASCII; encode such a value as =?base64?…?=");
        }
        Optional<String> decoded = mayBeEncoded ? decode(raw) : Optional.of(raw);
        if (decoded.isEmpty()) {
            return Optional.of("Header mismatch: the " + name.defaultCase() + " header is not valid =?base64?…?= UTF-8");
        }
        return decoded.get().equals(body) ? Optional.empty()
                : Optional.of(differs(name.defaultCase(), raw, body));
    }

    private static String differs(String header, String headerValue, Object body) {
        return "Header mismatch: " + header + " header value " + Clipped.of(headerValue) + " does not match body value "
                + (body == null ? "(none)" : Clipped.of(body));
    }

    /** RFC 9110 §5.5 as the transport narrows it: visible ASCII, space and tab. */
    private static boolean isFieldValue(String value) {
        return value.chars().allMatch(c -> c == '\t' || (c >= 0x20 && c <= 0x7e));
    }

    /** The sentinel form ("Value Encoding"), case-sensitive; anything else is the value itself. */
    static Optional<String> decode(String value) {
        if (!value.startsWith(SENTINEL_PREFIX) || !value.endsWith(SENTINEL_SUFFIX)
                || value.length() < SENTINEL_PREFIX.length() + SENTINEL_SUFFIX.length()) {
            return Optional.of(value);
        }
        String encoded = value.substring(SENTINEL_PREFIX.length(), value.length() - SENTINEL_SUFFIX.length());
        try {
            byte[] bytes = Base64.getDecoder().decode(encoded);
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
