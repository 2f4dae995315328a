package dev.notesmcp.adapter.cimd;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Which addresses a metadata document may be fetched from: public unicast only. Refused are the
 * unspecified, loopback (unless allowed, for tests), private (RFC 1918), carrier-grade NAT
 * (100.64.0.0/10), link-local (169.254.0.0/16 with the cloud metadata 169.254.169.254,
 * fe80::/10), unique-local (fc00::/7, with AWS's fd00:ec2::254), multicast, broadcast, reserved
 * and benchmarking ranges, and IPv6 forms that embed an IPv4 address (NAT64, 6to4, compatible).
 */
final class AddressGuard {

    private final boolean allowLoopback;

    AddressGuard(boolean allowLoopback) {
        this.allowLoopback = allowLoopback;
    }

    /** Why {@code address} may not be fetched from, if it may not. */
    Optional<String> refusal(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return allowLoopback ? Optional.empty() : refused(address, "a loopback address");
        }
        if (address.isAnyLocalAddress()) {
            return refused(address, "the unspecified address");
        }
        if (address.isLinkLocalAddress()) {
            return refused(address, "a link-local address (cloud metadata services live there)");
        }
        if (address.isSiteLocalAddress()) {
            return refused(address, "a private address");
        }
        if (address.isMulticastAddress()) {
            return refused(address, "a multicast address");
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address && isSpecialIpv4(bytes)) {
            return refused(address, "a reserved or shared (CGNAT) address");
        }
        if (address instanceof Inet6Address && isSpecialIpv6(bytes)) {
            return refused(address, "a unique-local, IPv4-embedding or reserved IPv6 address");
        }
        return Optional.empty();
    }

    private static boolean isSpecialIpv4(byte[] a) {
        int first = a[0] & 0xff;
        int second = a[1] & 0xff;
        return first == 0                                          // 0.0.0.0/8 "this network"
                || (first == 100 && second >= 64 && second <= 127) // 100.64.0.0/10 CGNAT
                || (first == 192 && second == 0 && (a[2] & 0xff) == 0) // 192.0.0.0/24 protocol assignments
                || (first == 198 && (second == 18 || second == 19)) // 198.18.0.0/15 benchmarking
                || first >= 240;                                   // 240.0.0.0/4 reserved, broadcast
    }

    private static boolean isSpecialIpv6(byte[] a) {
        int first = a[0] & 0xff;
        if ((first & 0xfe) == 0xfc) {
            return true; // fc00::/7 unique-local (fd00:ec2::254 included)
        }
        if (first == 0x20 && (a[1] & 0xff) == 0x02) {
            return true; // 2002::/16 6to4 embeds an IPv4 address
        }
        if (first == 0x00 && (a[1] & 0xff) == 0x64 && (a[2] & 0xff) == 0xff && (a[3] & 0xff) == 0x9b) {
            return true; // 64:ff9b::/96 NAT64 embeds an IPv4 address
        }
        boolean zeroPrefix = true;
        for (int i = 0; i < 12; i++) {
            zeroPrefix &= a[i] == 0;
        }
        return zeroPrefix; // ::/96 IPv4-compatible (::1 and :: are handled above)
    }

    private static Optional<String> refused(InetAddress address, String what) {
        return Optional.of("its host resolves to " + address.getHostAddress() + ", " + what
                + ", which this server never fetches from");
    }
}
