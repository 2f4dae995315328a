package dev.notesmcp.adapter.http.clientaddress;

import io.helidon.webserver.http.ServerRequest;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * The address a request comes from, as rate limits, logs and the audit trail key it: the
 * socket's peer, or the client named by a trusted proxy ({@code TRUSTED_PROXIES}).
 */
public record ClientAddress(String value) {

    public ClientAddress {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a client address is never blank");
        }
    }

    public static ClientAddress of(InetAddress address) {
        return new ClientAddress(address.getHostAddress());
    }

    /** The address resolved for this request (by the proxy filter), else the socket's peer. */
    public static ClientAddress of(ServerRequest request) {
        return request.context().get(ClientAddress.class).orElseGet(() -> peerOf(request));
    }

    /** The socket's peer, whatever any header claims. */
    public static ClientAddress peerOf(ServerRequest request) {
        if (request.remotePeer().address() instanceof InetSocketAddress socket && socket.getAddress() != null) {
            return of(socket.getAddress());
        }
        return new ClientAddress(request.remotePeer().host());
    }

    @Override
    public String toString() {
        return value;
    }
}
