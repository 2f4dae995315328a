package dev.notesmcp.adapter.http.clientaddress;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A textual IPv4 or IPv6 address turned into an {@link InetAddress} without ever asking DNS: a
 * header value is attacker-chosen, and a name in it must neither be resolved nor believed.
 */
final class IpLiteral {

    /** Dotted decimal, each part 0–255 without leading zeros (no octal or short forms). */
    private static final Pattern IPV4 = Pattern.compile(
            "(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])");
    /** Hex groups, colons and an optional dotted tail; no zone id. */
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private IpLiteral() {
    }

    /** The address, or empty when {@code text} is not an IPv4 or an IPv6 literal (IPv6 without brackets). */
    static Optional<InetAddress> parse(String text) {
        boolean literal = IPV4.matcher(text).matches()
                || (text.indexOf(':') >= 0 && IPV6_CHARACTERS.matcher(text).matches());
        if (!literal) {
            return Optional.empty();
        }
        try {
            // A dotted quad or a string with a colon is parsed as a literal, never looked up.
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    static boolean isIpv6(String text) {
        return text.indexOf(':') >= 0;
    }
}
