package dev.notesmcp.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a URL's host is this machine: {@code localhost} or a literal loopback address
 * (127.0.0.0/8, {@code [::1]}). Never a DNS lookup, so a name such as {@code 127.attacker.example}
 * does not pass.
 */
public final class LoopbackHost {

    private static final Pattern IPV4 = Pattern.compile("127(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");

    private LoopbackHost() {
    }

    public static boolean is(String host) {
        if (host == null) {
            return false;
        }
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.equals("localhost") || lower.equals("[::1]") || IPV4.matcher(lower).matches();
    }
}
