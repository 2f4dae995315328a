package dev.notesmcp.adapter.http.mcp.modern;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every protocol version {@code /mcp} serves, newest first: 2026-07-28 here, the older ones through
 * the SDK. A version outside the list is the {@code UnsupportedProtocolVersionError} of
 * basic/versioning, whichever path the request was meant for.
 */
public final class SupportedVersions {

    private final List<String> newestFirst;

    /** {@code sdkVersions}: what the SDK-backed path serves, in any order of age (oldest first is the SDK's). */
    public SupportedVersions(List<String> sdkVersions) {
        List<String> versions = new ArrayList<>(sdkVersions);
        Collections.sort(versions, Collections.reverseOrder());
        versions.addFirst(ModernProtocol.VERSION);
        this.newestFirst = List.copyOf(versions);
    }

    public List<String> newestFirst() {
        return newestFirst;
    }

    /**
     * The error for a request naming {@code requested} in its {@code MCP-Protocol-Version} header when
     * this server does not serve it (400, transports "Protocol Version Header"); empty when it does.
     * {@code id} is the request's, or {@code null} when there is none (a batch, a notification).
     */
    public Optional<ErrorResponse> refusal(Optional<String> requested, Object id) {
        if (requested.isEmpty() || newestFirst.contains(requested.get())) {
            return Optional.empty();
        }
        return Optional.of(new ErrorResponse(id, ModernProtocol.UNSUPPORTED_PROTOCOL_VERSION,
                "Unsupported protocol version " + Clipped.of(requested.get()) + "; this server speaks "
                        + String.join(", ", newestFirst),
                Map.of("supported", newestFirst, "requested", requested.get())));
    }
}
