package dev.notesmcp.adapter.http.clientaddress;

import io.helidon.http.Header;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;

import java.net.InetSocketAddress;
import java.util.List;

/**
 * Resolves each request's {@link ClientAddress} once, through the {@link TrustedProxies}, and
 * registers it in the request's context, where {@link ClientAddress#of(ServerRequest)} finds it,
 * and for the audit events the request records ({@link AuditAddress}). Register it first, so
 * every later filter and handler sees the same address.
 */
public final class ClientAddressFilter implements Filter {

    private final TrustedProxies trustedProxies;

    public ClientAddressFilter(TrustedProxies trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        ClientAddress address = resolve(request);
        // Without trusted proxies the address is the peer, which ClientAddress.of reads directly:
        // nothing to register in the context on every request (the /mcp hot path).
        if (!trustedProxies.blocks().isEmpty()) {
            request.context().register(address);
        }
        AuditAddress.during(address, chain::proceed);
    }

    ClientAddress resolve(ServerRequest request) {
        if (trustedProxies.blocks().isEmpty()
                || !(request.remotePeer().address() instanceof InetSocketAddress socket)
                || socket.getAddress() == null) {
            return ClientAddress.peerOf(request);
        }
        return ClientAddress.of(trustedProxies.clientOf(socket.getAddress(),
                lines(request, HeaderNames.FORWARDED), lines(request, HeaderNames.X_FORWARDED_FOR)));
    }

    /** Every line of the header, in the order received. */
    private static List<String> lines(ServerRequest request, HeaderName name) {
        return request.headers().find(name).map(Header::allValues).orElse(List.of());
    }
}
