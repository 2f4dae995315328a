package dev.notesmcp.adapter.http.clientaddress;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class TrustedProxiesTest {

    private static final String PROXIES = "10.0.0.0/8 192.168.0.0/16 fd00::/8";
    private static final String PEER = "10.0.0.2";
    private static final String NONE = "";

    /** trusted blocks, peer, Forwarded lines, X-Forwarded-For lines (lines split on |), the client. */
    static Stream<Arguments> cases() {
        return Stream.of(
                // Who is believed at all.
                row("no proxy configured: the peer", NONE, PEER, NONE, "203.0.113.7", PEER),
                row("untrusted peer: the peer, whatever it claims", PROXIES, "198.51.100.9", "for=203.0.113.8",
                        "203.0.113.7", "198.51.100.9"),
                row("trusted peer without headers: the peer", PROXIES, PEER, NONE, NONE, PEER),
                // X-Forwarded-For, walked from the right.
                row("one trusted hop", PROXIES, PEER, NONE, "203.0.113.7", "203.0.113.7"),
                row("several trusted hops", PROXIES, PEER, NONE, "203.0.113.7, 192.168.1.1, 10.1.1.1", "203.0.113.7"),
                row("spoofed leftmost entries are never read", PROXIES, PEER, NONE, "1.1.1.1, 8.8.8.8, 203.0.113.7",
                        "203.0.113.7"),
                row("a spoofed trusted-looking entry left of the client is not read", PROXIES, PEER, NONE,
                        "10.9.9.9, 203.0.113.7", "203.0.113.7"),
                row("every hop trusted: the leftmost", PROXIES, PEER, NONE, "10.9.9.9, 10.1.1.1", "10.9.9.9"),
                row("several lines are one list, in order", PROXIES, PEER, NONE, "198.51.100.1|203.0.113.7",
                        "203.0.113.7"),
                row("empty entries are ignored", PROXIES, PEER, NONE, ", 203.0.113.7, ,", "203.0.113.7"),
                row("an IPv4 port is dropped", PROXIES, PEER, NONE, "203.0.113.7:4711", "203.0.113.7"),
                row("IPv6 through an IPv6 proxy", PROXIES, "fd00::2", NONE, "2001:db8::7", "2001:db8:0:0:0:0:0:7"),
                row("IPv6 in brackets with a port", PROXIES, PEER, NONE, "[2001:db8::7]:4711", "2001:db8:0:0:0:0:0:7"),
                row("a trusted IPv6 hop is passed", PROXIES, PEER, NONE, "203.0.113.7, fd00::9", "203.0.113.7"),
                // Forwarded (RFC 7239).
                row("Forwarded: the for of the rightmost element", PROXIES, PEER, "for=198.51.100.1;proto=https,"
                        + " for=203.0.113.7;by=10.0.0.2", NONE, "203.0.113.7"),
                row("Forwarded: parameter names in any case", PROXIES, PEER, "proto=http;For=203.0.113.7", NONE,
                        "203.0.113.7"),
                row("Forwarded: quoted IPv6 with a port", PROXIES, PEER, "for=\"[2001:db8:cafe::17]:4711\"", NONE,
                        "2001:db8:cafe:0:0:0:0:17"),
                row("Forwarded: quoted IPv4 with an obfuscated port", PROXIES, PEER, "for=\"203.0.113.7:_p1\"", NONE,
                        "203.0.113.7"),
                row("Forwarded: a quoted comma stays in its element", PROXIES, PEER,
                        "for=203.0.113.7;ext=\"a,b;c\"", NONE, "203.0.113.7"),
                row("Forwarded: several lines, in order", PROXIES, PEER, "for=198.51.100.1|for=10.7.7.7", NONE,
                        "198.51.100.1"),
                row("Forwarded: unquoted brackets, as proxies write them", PROXIES, PEER, "for=[2001:db8::1]", NONE,
                        "2001:db8:0:0:0:0:0:1"),
                row("Forwarded: obfuscated client, the peer stands for it", PROXIES, PEER, "for=_hidden", NONE, PEER),
                row("Forwarded: unknown client, the peer stands for it", PROXIES, PEER, "for=unknown", NONE, PEER),
                row("Forwarded: obfuscated behind a trusted hop, that hop", PROXIES, PEER,
                        "for=_gazonk, for=10.1.1.1", NONE, "10.1.1.1"),
                row("Forwarded: an element without for is unknown", PROXIES, PEER, "for=203.0.113.9, proto=https",
                        NONE, PEER),
                // Both headers: believed only when they agree.
                row("both headers agreeing", PROXIES, PEER, "for=203.0.113.7", "203.0.113.7", "203.0.113.7"),
                row("both headers disagreeing (a passed-on Forwarded): the peer", PROXIES, PEER, "for=198.51.100.66",
                        "198.51.100.66, 203.0.113.7", PEER),
                // Garbage: never believed, never looked up.
                row("garbage: the nearest trusted hop", PROXIES, PEER, NONE, "not-an-address", PEER),
                row("garbage right of a client", PROXIES, PEER, NONE, "203.0.113.7, ???", PEER),
                row("a host name is not looked up", PROXIES, PEER, NONE, "localhost", PEER),
                row("a zone id is refused", PROXIES, PEER, NONE, "fe80::1%eth0", PEER),
                row("XFF unknown", PROXIES, PEER, NONE, "unknown", PEER),
                row("a port out of range", PROXIES, PEER, "for=\"203.0.113.7:99999\"", NONE, PEER),
                row("IPv4 in brackets", PROXIES, PEER, "for=\"[203.0.113.7]\"", NONE, PEER),
                row("an unterminated quote", PROXIES, PEER, "for=\"203.0.113.7", NONE, PEER),
                row("text after a quoted value", PROXIES, PEER, "for=\"203.0.113.7\"x", NONE, PEER),
                row("a parameter twice in one element", PROXIES, PEER, "for=203.0.113.7;for=203.0.113.8", NONE, PEER),
                row("a pair without =", PROXIES, PEER, "for", NONE, PEER),
                row("an empty parameter name", PROXIES, PEER, "=203.0.113.7", NONE, PEER),
                row("bare text with a space", PROXIES, PEER, "for=203.0.113.7 x", NONE, PEER));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheRightmostUntrustedHop(String description, TrustedProxies trusted, InetAddress peer,
                                      List<String> forwarded, List<String> xForwardedFor, String client) {
        assertThat(trusted.clientOf(peer, forwarded, xForwardedFor).getHostAddress()).isEqualTo(client);
    }

    private static Arguments row(String description, String trusted, String peer, String forwarded,
                                 String xForwardedFor, String client) {
        List<CidrBlock> blocks = Arrays.stream(trusted.split(" ")).filter(s -> !s.isEmpty()).map(CidrBlock::parse)
                .toList();
        return arguments(description, new TrustedProxies(blocks), address(peer), lines(forwarded),
                lines(xForwardedFor), client);
    }

    private static List<String> lines(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split("\\|"));
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
