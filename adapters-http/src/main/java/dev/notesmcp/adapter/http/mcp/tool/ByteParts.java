package dev.notesmcp.adapter.http.mcp.tool;

import java.util.List;

/**
 * A byte sequence kept as the arrays it is made of, copied into its destination part by part and
 * joined into one array only when one is asked for: {@link NotePageJson}'s page is its notes' kept
 * summaries and the text around them, and the answer ({@link ToolAnswerBytes}) copies them straight in.
 */
final class ByteParts {

    private final byte[][] parts;
    private final int length;
    /** Joined on first use; a benign race joins it twice at worst. */
    private byte[] joined;

    private ByteParts(byte[][] parts) {
        int total = 0;
        for (byte[] part : parts) {
            total = Math.addExact(total, part.length);
        }
        this.parts = parts;
        this.length = total;
        this.joined = parts.length == 1 ? parts[0] : null;
    }

    static ByteParts of(byte[] whole) {
        return new ByteParts(new byte[][] {whole});
    }

    static ByteParts of(List<byte[]> parts) {
        return new ByteParts(parts.toArray(byte[][]::new));
    }

    int length() {
        return length;
    }

    /** Copies every part into {@code buffer} from {@code offset}, which must have room for {@link #length}. */
    int copyInto(byte[] buffer, int offset) {
        int at = offset;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, buffer, at, part.length);
            at += part.length;
        }
        return length;
    }

    /** The whole sequence as one array; the caller must not change it. */
    byte[] joined() {
        byte[] whole = joined;
        if (whole == null) {
            whole = new byte[length];
            copyInto(whole, 0);
            joined = whole;
        }
        return whole;
    }
}
