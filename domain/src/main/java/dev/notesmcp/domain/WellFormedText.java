package dev.notesmcp.domain;

import java.util.Optional;

/**
 * Text that every store can keep and every JSON writer can write back: well-formed UTF-16 (each
 * surrogate in a high-low pair, so the string is a sequence of Unicode scalar values, RFC 8259 §8.1)
 * and no NUL (U+0000), which PostgreSQL text cannot hold. A lone surrogate would be stored as is in
 * memory and as {@code ?} in PostgreSQL, and then fail every UTF-8 response that includes it.
 *
 * <p>Messages never repeat the text itself (it cannot be written as UTF-8); they name the position.
 */
public final class WellFormedText {

    private WellFormedText() {
    }

    /** {@code value}, unless it is ill-formed: then an {@link InvalidValueException} naming {@code field}. */
    public static String require(String field, String value) {
        Optional<String> problem = problem(value);
        if (problem.isPresent()) {
            throw new InvalidValueException(field, problem.get());
        }
        return value;
    }

    /** Whether {@code value} (not null) is well-formed text. */
    public static boolean is(String value) {
        return problem(value).isEmpty();
    }

    /** What is wrong with {@code value}, in words for the caller, or empty when nothing is. */
    public static Optional<String> problem(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                return Optional.of("must not contain NUL (U+0000) characters (at character " + (i + 1) + ")");
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("must be valid Unicode text: a lone surrogate "
                        + String.format("U+%04X", (int) c) + " at character " + (i + 1)
                        + " is not a character (send each emoji or astral character as a complete pair)");
            }
        }
        return Optional.empty();
    }
}
