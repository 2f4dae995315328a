package dev.notesmcp.adapter.http.mcp;

import java.util.Map;
import java.util.Optional;

/**
 * The shape of {@code initialize} params (MCP lifecycle): {@code protocolVersion} a string,
 * {@code capabilities} an object, {@code clientInfo} an object with a string {@code name} and
 * {@code version}. Checked before the SDK, which would otherwise fail on them with its own internals.
 */
final class InitializeParams {

    static final String SHAPE = "initialize needs params {\"protocolVersion\": string, \"capabilities\": object,"
            + " \"clientInfo\": {\"name\": string, \"version\": string}}";

    private InitializeParams() {
    }

    /** What is wrong with these params, in words for the client; empty when the shape is right. */
    static Optional<String> problem(Object params) {
        if (!(params instanceof Map<?, ?> map)) {
            return Optional.of(SHAPE + "; params are missing");
        }
        if (!(map.get("protocolVersion") instanceof String)) {
            return Optional.of(SHAPE + "; protocolVersion is missing or not a string");
        }
        if (!(map.get("capabilities") instanceof Map<?, ?>)) {
            return Optional.of(SHAPE + "; capabilities is missing or not an object");
        }
        if (!(map.get("clientInfo") instanceof Map<?, ?> clientInfo)
                || !(clientInfo.get("name") instanceof String) || !(clientInfo.get("version") instanceof String)) {
            return Optional.of(SHAPE + "; clientInfo is missing, or lacks a string name or version");
        }
        return Optional.empty();
    }
}
