package dev.notesmcp.adapter.oidc;

/** Text from a provider made safe for one log or error line: no control characters, at most 200 characters. */
final class Printable {

    private static final int MAX = 200;

    private Printable() {
    }

    static String of(String text) {
        if (text == null) {
            return "(none)";
        }
        StringBuilder line = new StringBuilder();
        text.codePoints().limit(MAX).forEach(c -> line.appendCodePoint(isPrintable(c) ? c : '?'));
        return text.codePointCount(0, text.length()) > MAX ? line + "…" : line.toString();
    }

    /** Not a control character, nor a lone surrogate (which cannot be written as UTF-8). */
    private static boolean isPrintable(int codePoint) {
        return !Character.isISOControl(codePoint) && !(codePoint >= 0xD800 && codePoint <= 0xDFFF);
    }
}
