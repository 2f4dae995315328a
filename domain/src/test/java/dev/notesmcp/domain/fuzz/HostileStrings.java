package dev.notesmcp.domain.fuzz;

import java.util.Random;

/**
 * Strings an attacker would send: any UTF-16 code units (lone surrogates included), with the
 * characters parsers trip over (separators, escapes, NUL, controls, invisible ones) far more often
 * than chance, and a list of known troublemakers.
 */
public final class HostileStrings {

    private static final String AWKWARD = "aZ09 /:%+=&?#@.-_~\\\"'<>{}[],;\u0000\t\n\r\u007f\u0085\u00a0\u200b\u2028"
            + "\ufeff\ufffd\ud800\udbff\udc00\udfff\u00e9\u4e2d";

    private static final String[] TROUBLEMAKERS = {
            "", " ", "\u0000", "\ud800", "\udfff", "lone \ud800 surrogate", "x\udfffy", "\udfff\ud800", "\ud83d\ude00",
            "%zz", "%", "%00", "%ED%A0%80", "-1", "0", "1e400", "9223372036854775807", "-9223372036854775808",
            "null", "true", "{}", "[]", "\"", "https://", "http://127.0.0.1:99999/cb", "javascript:alert(1)",
            "a".repeat(5000)};

    private HostileStrings() {
    }

    /** Any string up to {@code maxLength} UTF-16 code units. */
    public static String any(Random random, int maxLength) {
        return switch (random.nextInt(10)) {
            case 0 -> TROUBLEMAKERS[random.nextInt(TROUBLEMAKERS.length)];
            case 1, 2, 3 -> fromAlphabet(random, maxLength, AWKWARD);
            case 4, 5 -> printableAscii(random, maxLength);
            default -> anyCodeUnits(random, maxLength);
        };
    }

    public static String fromAlphabet(Random random, int maxLength, String alphabet) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    public static String printableAscii(Random random, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append((char) (0x20 + random.nextInt(0x5f)));
        }
        return out.toString();
    }

    /** Every code unit equally likely, so about one in 32 is a surrogate, mostly unpaired. */
    public static String anyCodeUnits(Random random, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append((char) random.nextInt(Character.MAX_VALUE + 1));
        }
        return out.toString();
    }

    /** Whether {@code text} is well-formed UTF-16: every surrogate is half of a pair. */
    public static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
