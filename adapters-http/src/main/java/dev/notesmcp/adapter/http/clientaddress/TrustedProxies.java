package dev.notesmcp.adapter.http.clientaddress;

import dev.notesmcp.adapter.http.clientaddress.ForwardedHops.Hop;
import dev.notesmcp.adapter.http.clientaddress.ForwardedHops.Known;

import java.net.InetAddress;
import java.util.List;

/**
 * The proxies whose {@code Forwarded} / {@code X-Forwarded-For} we believe ({@code TRUSTED_PROXIES}),
 * and the rule that finds the client behind them: starting at the socket's peer, which must itself
 * be trusted, walk the header from the right past trusted hops and take the first untrusted one.
 * Entries further left were written by the client and may be anything, so they are never read.
 */
public record TrustedProxies(List<CidrBlock> blocks) {

    /** Nothing trusted: the client is always the socket's peer. */
    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    public TrustedProxies {
        blocks = List.copyOf(blocks);
    }

    public boolean trusts(InetAddress address) {
        return blocks.stream().anyMatch(block -> block.contains(address));
    }

    /**
     * The client's address, given the socket's peer and the header lines as received (empty lists
     * when a header is absent).
     *
     * <p>Both headers present: most proxies (nginx's {@code $proxy_add_x_forwarded_for}, Render,
     * load balancers) append to {@code X-Forwarded-For} and pass a client's {@code Forwarded} on
     * untouched, so preferring either header would let a client choose its address behind some
     * proxy. Both are read instead; when they name different clients, the peer is taken.
     */
    public InetAddress clientOf(InetAddress peer, List<String> forwarded, List<String> xForwardedFor) {
        if (!trusts(peer)) {
            return peer;
        }
        if (forwarded.isEmpty()) {
            return walk(peer, ForwardedHops.fromXForwardedFor(xForwardedFor));
        }
        InetAddress byForwarded = walk(peer, ForwardedHops.fromForwarded(forwarded));
        if (xForwardedFor.isEmpty()) {
            return byForwarded;
        }
        InetAddress byXForwardedFor = walk(peer, ForwardedHops.fromXForwardedFor(xForwardedFor));
        return byForwarded.equals(byXForwardedFor) ? byForwarded : peer;
    }

    /**
     * From the right: a trusted hop passes us on, an untrusted one is the client. A hidden or
     * malformed hop cannot be placed, so the trusted proxy that reported it stands for the client;
     * when every hop is trusted, the leftmost is.
     */
    private InetAddress walk(InetAddress peer, List<Hop> hops) {
        InetAddress nearest = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!(hops.get(i) instanceof Known(InetAddress address))) {
                return nearest;
            }
            if (!trusts(address)) {
                return address;
            }
            nearest = address;
        }
        return nearest;
    }
}
