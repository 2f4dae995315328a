package dev.notesmcp.adapter.http.mcp.tool;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Quotes a JSON document Jackson wrote compactly, as UTF-8 bytes, for use as the body of a JSON string
 * (RFC 8259 §7): a quote and a backslash get a backslash, and nothing else needs one. Every other
 * character that must be escaped inside a string is already escaped inside the document's own strings
 * (Jackson escapes control characters, and writes no whitespace between tokens); a control byte, never
 * found in such a document, is still written correctly, as {@code \\u00XX}. Bytes of multi-byte UTF-8
 * sequences are all ≥ 0x80 and pass unchanged. The length is counted eight bytes at a time (SWAR), a third
 * less of {@code list_notes}' samples than byte by byte (bench/README.md, decision 20).
 */
final class CompactJsonQuoting {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    /** Eight bytes of a byte array as one {@code long}, at any index (x86 and ARM read unaligned words). */
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long LOW_SEVEN = 0x7F7F7F7F7F7F7F7FL;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long QUOTES = ONES * '"';
    private static final long BACKSLASHES = ONES * '\\';
    /** Added to a byte's low seven bits, sets its high bit exactly when they are 0x20 or more. */
    private static final long BELOW_SPACE = ONES * (0x80 - 0x20);

    private CompactJsonQuoting() {
    }

    /** {@code document} quoted. */
    static byte[] quote(byte[] document) {
        int length = quotedLength(document);
        if (length == document.length) {
            return document;
        }
        byte[] quoted = new byte[length];
        quoteInto(document, quoted, 0);
        return quoted;
    }

    /** How many bytes {@code document} takes quoted: eight bytes at a time, counting the bytes each word marks. */
    static int quotedLength(byte[] document) {
        int length = document.length;
        int i = 0;
        for (; i + Long.BYTES <= document.length; i += Long.BYTES) {
            long word = (long) WORDS.get(document, i);
            length += Long.bitCount(quoteOrBackslash(word)) + 5 * Long.bitCount(control(word));
        }
        for (; i < document.length; i++) {
            length += escapeLength(document[i]);
        }
        return length;
    }

    /**
     * Writes {@code document} quoted into {@code out} from {@code offset}, which must have room for
     * {@link #quotedLength}; returns how many bytes it wrote. One pass, byte by byte: in a note page a
     * quote comes every half-dozen bytes, and copying word by word up to each one was slower (decision 20).
     */
    static int quoteInto(byte[] document, byte[] out, int offset) {
        int written = offset;
        for (byte b : document) {
            written = escape(b, out, written);
        }
        return written - offset;
    }

    /** Writes {@code b}, escaped when it must be; returns where the next byte goes. */
    private static int escape(byte b, byte[] out, int at) {
        int written = at;
        if (b == '"' || b == '\\') {
            out[written++] = '\\';
        } else if (b >= 0 && b < 0x20) {
            out[written++] = '\\';
            out[written++] = 'u';
            out[written++] = '0';
            out[written++] = '0';
            out[written++] = HEX[b >> 4];
            b = HEX[b & 0xF];
        }
        out[written++] = b;
        return written;
    }

    private static int escapeLength(byte b) {
        if (b == '"' || b == '\\') {
            return 1;
        }
        return b >= 0 && b < 0x20 ? 5 : 0;
    }

    private static long quoteOrBackslash(long word) {
        return zeroBytes(word ^ QUOTES) | zeroBytes(word ^ BACKSLASHES);
    }

    /**
     * The high bit of every zero byte of {@code x}, exactly (no carry crosses a byte: the low seven bits
     * plus 0x7F stay below 0x100), so a byte after a match is never marked too.
     */
    private static long zeroBytes(long x) {
        return ~(((x & LOW_SEVEN) + LOW_SEVEN) | x | LOW_SEVEN);
    }

    /** The high bit of every byte below 0x20 (a control character), exactly, for the same reason. */
    private static long control(long word) {
        return ~(((word & LOW_SEVEN) + BELOW_SPACE) | word) & HIGH_BITS;
    }
}
