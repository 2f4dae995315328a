package dev.notesmcp.adapter.http.errors;

/** Text from a request, made safe for one log line: no control characters (no forged lines), bounded length. */
final class LogText {

    static final int MAX_LENGTH = 200;

    private LogText() {
    }

    static String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder safe = new StringBuilder(Math.min(text.length(), MAX_LENGTH + 1));
        for (int i = 0; i < text.length() && safe.length() < MAX_LENGTH; i++) {
            char c = text.charAt(i);
            safe.append(Character.isISOControl(c) ? '?' : c);
        }
        return text.length() > MAX_LENGTH ? safe + "…" : safe.toString();
    }
}
