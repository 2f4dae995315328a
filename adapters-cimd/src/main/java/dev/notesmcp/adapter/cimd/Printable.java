package dev.notesmcp.adapter.cimd;

import java.util.regex.Pattern;

/**
 * A value from an assertion, fit to repeat in a reason: short and plain (it ends up in an
 * {@code error_description}, RFC 6749 §5.2, which allows no quote or backslash), else withheld.
 */
final class Printable {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._~+/=:-]{1,64}");

    private Printable() {
    }

    static String of(String value) {
        return value != null && PLAIN.matcher(value).matches() ? value : "(not shown: long or unusual characters)";
    }
}
