package dev.notesmcp.bootstrap.json;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the admin commands' {@code --json} output: objects, arrays, strings, booleans, numbers
 * and null, nothing else. Bootstrap owns no JSON library (see FrameworkOwnership), and writing
 * these few shapes needs no parser; strings are escaped as RFC 8259 §7 requires.
 */
public final class JsonText {

    private JsonText() {
    }

    /** {@code value}: a Map with String keys (kept in its order), a List, a String, a Boolean, a Number, an Optional or null. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        switch (value) {
            case null -> out.append("null");
            case Optional<?> optional -> append(out, optional.orElse(null));
            case String text -> string(out, text);
            case Boolean bool -> out.append(bool);
            case Integer number -> out.append(number);
            case Long number -> out.append(number);
            case Map<?, ?> map -> {
                out.append('{');
                String separator = "";
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    out.append(separator);
                    string(out, (String) entry.getKey());
                    out.append(':');
                    append(out, entry.getValue());
                    separator = ",";
                }
                out.append('}');
            }
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    out.append(i == 0 ? "" : ",");
                    append(out, list.get(i));
                }
                out.append(']');
            }
            default -> throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
    }

    /**
     * Quote, backslash and the control characters U+0000–U+001F must be escaped (RFC 8259 §7);
     * U+2028 and U+2029 may stay, but are escaped too, so every value stays on one line (JSON lines).
     */
    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    // Control characters must be escaped; the line separators would break a line-based reader.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
