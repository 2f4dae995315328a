package dev.notesmcp.adapter.http.mcp.modern;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The names, codes and the one routing rule MCP 2026-07-28 adds to {@code /mcp}. Everything of
 * 2026-07-28 this server speaks is in this package; everything older goes to the MCP Java SDK.
 */
public final class ModernProtocol {

    public static final String VERSION = "2026-07-28";

    static final String META = "_meta";
    static final String META_PROTOCOL_VERSION = "io.modelcontextprotocol/protocolVersion";
    static final String META_CLIENT_INFO = "io.modelcontextprotocol/clientInfo";
    static final String META_CLIENT_CAPABILITIES = "io.modelcontextprotocol/clientCapabilities";
    static final String META_SERVER_INFO = "io.modelcontextprotocol/serverInfo";

    static final HeaderName MCP_METHOD = HeaderNames.create("Mcp-Method");
    static final HeaderName MCP_NAME = HeaderNames.create("Mcp-Name");

    /** basic/index "Error Codes": the sub-range -32020..-32099 is the specification's. */
    static final int HEADER_MISMATCH = -32020;
    static final int UNSUPPORTED_PROTOCOL_VERSION = -32022;

    static final String METHOD_DISCOVER = "server/discover";

    /**
     * How long a client may reuse {@code server/discover} and {@code tools/list} (server/utilities/caching):
     * both change only when a new version of the server is deployed.
     */
    static final Duration CACHE_TTL = Duration.ofMinutes(10);

    private ModernProtocol() {
    }

    /**
     * Whether this request belongs to the 2026-07-28 path (basic/versioning, "a request carrying modern
     * per-request {@code _meta} is served statelessly according to this revision"): the header names
     * 2026-07-28, or the body claims a protocol version in {@code _meta} that the header does not repeat
     * (which only the 2026-07-28 rules can answer: a header mismatch). Everything else is a 2025-era
     * request for the SDK, exactly as before.
     */
    public static boolean isModern(Object params, Optional<String> versionHeader) {
        if (versionHeader.filter(VERSION::equals).isPresent()) {
            return true;
        }
        Optional<Object> claim = claimedVersion(params);
        return claim.isPresent() && !claim.get().equals(versionHeader.orElse(null));
    }

    /** {@code params._meta["io.modelcontextprotocol/protocolVersion"]}, whatever its type, when present. */
    static Optional<Object> claimedVersion(Object params) {
        return meta(params).map(meta -> meta.get(META_PROTOCOL_VERSION));
    }

    static Optional<Map<?, ?>> meta(Object params) {
        return params instanceof Map<?, ?> map && map.get(META) instanceof Map<?, ?> meta
                ? Optional.of(meta) : Optional.empty();
    }
}
