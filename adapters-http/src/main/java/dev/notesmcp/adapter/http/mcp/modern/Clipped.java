package dev.notesmcp.adapter.http.mcp.modern;

/** A client's value repeated in an error message: quoted, and never longer than a line. */
final class Clipped {

    private static final int MAX = 64;

    private Clipped() {
    }

    static String of(Object value) {
        String text = String.valueOf(value);
        return "'" + (text.length() <= MAX ? text : text.substring(0, MAX) + "…") + "'";
    }
}
