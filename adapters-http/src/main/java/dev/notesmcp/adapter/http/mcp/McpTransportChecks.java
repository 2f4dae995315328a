package dev.notesmcp.adapter.http.mcp;

import dev.notesmcp.adapter.http.common.HttpSettings;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;
import io.helidon.http.Status;
import io.modelcontextprotocol.spec.ProtocolVersions;

import java.util.List;
import java.util.Optional;

/**
 * What the Streamable HTTP transport asks of a server before it reads a message: the {@code Origin}
 * check against DNS rebinding, at most one {@code MCP-Protocol-Version}, and a JSON body. Whether the
 * version is served is decided with the body in hand ({@link ProtocolRouter}), so the error can carry
 * the request's id.
 */
final class McpTransportChecks {

    static final HeaderName PROTOCOL_VERSION = HeaderNames.create("MCP-Protocol-Version");

    /**
     * MCP 2025-06-18 (transports, "Protocol Version Header"): without the header, and with no other
     * way to tell, the server SHOULD assume 2025-03-26. A stateless server has no other way.
     */
    static final String VERSION_WITHOUT_HEADER = ProtocolVersions.MCP_2025_03_26;

    /** The outcome: go on with the protocol version in force, or refuse with this status. */
    sealed interface Outcome {

        /** {@code versionHeader}: the {@code MCP-Protocol-Version} sent, if any; whether it is served is the router's call. */
        record Passed(Optional<String> versionHeader) implements Outcome {
        }

        record Refused(Status status, String message) implements Outcome {
        }
    }

    private final HttpSettings settings;

    McpTransportChecks(HttpSettings settings) {
        this.settings = settings;
    }

    Outcome check(Headers headers) {
        List<String> origins = headers.all(HeaderNames.ORIGIN, List::of);
        if (origins.size() > 1) {
            // Which one would a browser have meant? Refuse rather than pick (the first could be forged).
            return new Outcome.Refused(Status.FORBIDDEN_403, "Send at most one Origin header");
        }
        if (origins.size() == 1 && !settings.allowsOrigin(origins.getFirst())) {
            return new Outcome.Refused(Status.FORBIDDEN_403,
                    "Origin " + origins.getFirst() + " is not allowed to call this server");
        }
        List<String> versions = headers.all(PROTOCOL_VERSION, List::of);
        if (versions.size() > 1) {
            return new Outcome.Refused(Status.BAD_REQUEST_400, "Send at most one MCP-Protocol-Version header");
        }
        boolean json = headers.contentType().map(type -> type.test(MediaTypes.APPLICATION_JSON)).orElse(false);
        if (!json) {
            return new Outcome.Refused(Status.UNSUPPORTED_MEDIA_TYPE_415,
                    "Send the JSON-RPC message with Content-Type: application/json");
        }
        return new Outcome.Passed(versions.stream().findFirst());
    }

    /** MCP 2025-03-26 requires servers to receive JSON-RPC batches; 2025-06-18 removed them. */
    static boolean allowsBatches(String protocolVersion) {
        return ProtocolVersions.MCP_2025_03_26.equals(protocolVersion);
    }
}
