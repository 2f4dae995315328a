package dev.notesmcp.adapter.http.mcp.modern;

import java.util.Map;
import java.util.Optional;

/**
 * The per-request protocol fields of 2026-07-28 (basic/index, "{@code _meta}"): every request carries
 * {@code io.modelcontextprotocol/protocolVersion} (a string) and
 * {@code io.modelcontextprotocol/clientCapabilities} (an object), and may carry
 * {@code io.modelcontextprotocol/clientInfo} (an Implementation: string {@code name} and {@code version}).
 * A request missing one is malformed: -32602, on HTTP 400.
 */
final class RequestEnvelope {

    private static final String NEEDS = "; a 2026-07-28 request carries params._meta with \""
            + ModernProtocol.META_PROTOCOL_VERSION + "\" (a string) and \"" + ModernProtocol.META_CLIENT_CAPABILITIES
            + "\" (an object)";

    private RequestEnvelope() {
    }

    /** What is wrong with the request's {@code _meta}, in words for the client; empty when it is well formed. */
    static Optional<String> problem(Object params) {
        if (!(params instanceof Map<?, ?> map) || !map.containsKey(ModernProtocol.META)) {
            return Optional.of("Invalid params: _meta is missing" + NEEDS);
        }
        if (!(map.get(ModernProtocol.META) instanceof Map<?, ?> meta)) {
            return Optional.of("Invalid params: _meta is not an object" + NEEDS);
        }
        if (!(meta.get(ModernProtocol.META_PROTOCOL_VERSION) instanceof String)) {
            return Optional.of("Invalid params: " + ModernProtocol.META_PROTOCOL_VERSION
                    + " is missing or not a string" + NEEDS);
        }
        if (!(meta.get(ModernProtocol.META_CLIENT_CAPABILITIES) instanceof Map<?, ?>)) {
            return Optional.of("Invalid params: " + ModernProtocol.META_CLIENT_CAPABILITIES
                    + " is missing or not an object" + NEEDS);
        }
        if (meta.containsKey(ModernProtocol.META_CLIENT_INFO)
                && !(meta.get(ModernProtocol.META_CLIENT_INFO) instanceof Map<?, ?> info
                        && info.get("name") instanceof String && info.get("version") instanceof String)) {
            return Optional.of("Invalid params: " + ModernProtocol.META_CLIENT_INFO
                    + " must be an object with a string name and version");
        }
        return Optional.empty();
    }
}
