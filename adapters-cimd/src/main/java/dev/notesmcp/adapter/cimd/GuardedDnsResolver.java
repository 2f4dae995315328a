package dev.notesmcp.adapter.cimd;

import org.apache.hc.client5.http.DnsResolver;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * The HTTP client's only way from a host name to addresses: the name is resolved once, every
 * address must pass the {@link AddressGuard}, and the connection is then made to exactly those
 * addresses. There is no second lookup for a rebinding DNS answer to slip into; TLS still checks
 * the certificate against the host name, which the client keeps apart from the address.
 */
final class GuardedDnsResolver implements DnsResolver {

    private final HostResolution resolution;
    private final AddressGuard guard;

    GuardedDnsResolver(HostResolution resolution, AddressGuard guard) {
        this.resolution = resolution;
        this.guard = guard;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = resolution.resolve(name);
        } catch (UnknownHostException e) {
            throw new RefusedHostException("its host " + host + " does not resolve");
        }
        if (addresses == null || addresses.length == 0) {
            throw new RefusedHostException("its host " + host + " does not resolve");
        }
        // Every address, not just the first: the client falls back to the next one on failure.
        for (InetAddress address : addresses) {
            Optional<String> refusal = guard.refusal(address);
            if (refusal.isPresent()) {
                throw new RefusedHostException(refusal.get());
            }
        }
        return addresses.clone();
    }

    /** Never a reverse lookup: the name in the URL is the name TLS checks. */
    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }

    /** The host may not be fetched from; the message says why, for the developer. */
    static final class RefusedHostException extends UnknownHostException {
        RefusedHostException(String reason) {
            super(reason);
        }
    }
}
