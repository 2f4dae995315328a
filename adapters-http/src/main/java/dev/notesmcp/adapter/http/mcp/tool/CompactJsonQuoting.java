package dev.notesmcp.adapter.http.mcp.tool;

import java.nio.charset.StandardCharsets;

/**
 * Quotes a JSON document Jackson wrote compactly, as UTF-8 bytes, for use as the body of a JSON string
 * (RFC 8259 §7): a quote and a backslash get a backslash, and nothing else needs one. Every other
 * character that must be escaped inside a string is already escaped inside the document's own strings
 * (Jackson escapes control characters, and writes no whitespace between tokens); a control byte, never
 * found in such a document, is still written correctly, as {@code \\u00XX}. Bytes of multi-byte UTF-8
 * sequences are all ≥ 0x80 and pass unchanged.
 */
final class CompactJsonQuoting {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

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

    /** How many bytes {@code document} takes quoted. */
    static int quotedLength(byte[] document) {
        int length = document.length;
        for (byte b : document) {
            if (b == '"' || b == '\\') {
                length++;
            } else if (b >= 0 && b < 0x20) {
                length += 5;
            }
        }
        return length;
    }

    /**
     * Writes {@code document} quoted into {@code out} from {@code offset}, which must have room for
     * {@link #quotedLength}; returns how many bytes it wrote. One pass, byte by byte: the runs between
     * two quotes are a dozen bytes, too short for bulk copies to pay.
     */
    static int quoteInto(byte[] document, byte[] out, int offset) {
        int written = offset;
        for (byte b : document) {
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
        }
        return written - offset;
    }
}
