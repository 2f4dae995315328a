package dev.notesmcp.adapter.http.clientaddress;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The hops an {@code X-Forwarded-For} or RFC 7239 {@code Forwarded} header names, from the
 * original client (left) to the nearest proxy (right). Several header lines are one list, joined
 * in order (RFC 9110 §5.3). A hop that names no usable address is {@link Hidden}.
 */
final class ForwardedHops {

    /** A hop whose address we know. */
    record Known(InetAddress address) implements Hop {
    }

    /** {@code unknown}, an obfuscated identifier ({@code _hidden}) or something malformed (RFC 7239 §6). */
    record Hidden() implements Hop {
    }

    sealed interface Hop permits Known, Hidden {
    }

    private static final Hop HIDDEN = new Hidden();
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    /** Looser than a token: proxies write {@code for=192.0.2.43:47011} or {@code for=[2001:db8::1]} unquoted too. */
    private static final Pattern BARE_VALUE = Pattern.compile("[^\\s\",;\\\\]+");
    private static final Pattern PORT = Pattern.compile("[0-9]{1,5}|_[A-Za-z0-9._-]+");

    private ForwardedHops() {
    }

    /** {@code X-Forwarded-For: 203.0.113.7, 10.0.0.2}: one address per entry, empty entries ignored. */
    static List<Hop> fromXForwardedFor(List<String> lines) {
        List<Hop> hops = new ArrayList<>();
        for (String entry : String.join(",", lines).split(",", -1)) {
            String node = entry.strip();
            if (!node.isEmpty()) {
                hops.add(node(node));
            }
        }
        return hops;
    }

    /** {@code Forwarded: for=203.0.113.7;proto=https, for="[2001:db8::1]:4711"}: the {@code for} of each element. */
    static List<Hop> fromForwarded(List<String> lines) {
        List<Hop> hops = new ArrayList<>();
        for (String element : splitOutsideQuotes(String.join(",", lines), ',')) {
            if (!element.isBlank()) {
                hops.add(forOf(element));
            }
        }
        return hops;
    }

    private static Hop forOf(String element) {
        String value = null;
        for (String pair : splitOutsideQuotes(element, ';')) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals < 0 || !TOKEN.matcher(pair.substring(0, equals).strip()).matches()) {
                return HIDDEN;
            }
            String raw = pair.substring(equals + 1).strip();
            String unquoted = raw.startsWith("\"") ? unquote(raw) : BARE_VALUE.matcher(raw).matches() ? raw : null;
            if (unquoted == null) {
                return HIDDEN;
            }
            if (pair.substring(0, equals).strip().toLowerCase(Locale.ROOT).equals("for")) {
                if (value != null) {
                    return HIDDEN; // each parameter at most once per element (RFC 7239 §4)
                }
                value = unquoted;
            }
        }
        return value == null ? HIDDEN : node(value);
    }

    /** A node (RFC 7239 §6): IPv4 or bracketed IPv6, each with an optional port; bare IPv6 as XFF writes it. */
    static Hop node(String value) {
        if (value.equalsIgnoreCase("unknown") || value.startsWith("_")) {
            return HIDDEN;
        }
        String host = value;
        String port = null;
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0) {
                return HIDDEN;
            }
            host = value.substring(1, close);
            String rest = value.substring(close + 1);
            if (!IpLiteral.isIpv6(host) || !(rest.isEmpty() || rest.startsWith(":"))) {
                return HIDDEN;
            }
            port = rest.isEmpty() ? null : rest.substring(1);
        } else if (value.indexOf(':') >= 0 && value.indexOf(':') == value.lastIndexOf(':')) {
            host = value.substring(0, value.indexOf(':'));
            port = value.substring(value.indexOf(':') + 1);
        }
        if (port != null && !(PORT.matcher(port).matches() && (port.startsWith("_") || Integer.parseInt(port) <= 65535))) {
            return HIDDEN;
        }
        return IpLiteral.parse(host).<Hop>map(Known::new).orElse(HIDDEN);
    }

    /** The text of a quoted-string (RFC 9110 §5.6.4), or null when it is not exactly one. */
    private static String unquote(String quoted) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i < quoted.length(); i++) {
            char c = quoted.charAt(i);
            if (c == '\\' && i + 1 < quoted.length()) {
                text.append(quoted.charAt(++i));
            } else if (c == '"') {
                return i == quoted.length() - 1 ? text.toString() : null;
            } else {
                text.append(c);
            }
        }
        return null;
    }

    private static List<String> splitOutsideQuotes(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '\\' && i + 1 < text.length()) {
                part.append(c).append(text.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }
}
