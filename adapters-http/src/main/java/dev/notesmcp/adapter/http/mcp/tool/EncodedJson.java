package dev.notesmcp.adapter.http.mcp.tool;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.JsonStringEncoder;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A JSON document Jackson has already written as UTF-8, handed to Jackson's generator in the two
 * forms a tool's structured result takes in the answer: unquoted, the document itself
 * ({@code structuredContent}, through a {@code RawValue}), and quoted, the body of the JSON string
 * that holds it (the text block). The document is copied as it is, and quoted from its bytes
 * ({@link CompactJsonQuoting}) straight into the generator's buffer. Jackson's generator escaping
 * that text character by character, and encoding the raw copy from a {@code String} again, were a
 * fifth of {@code list_notes}' CPU samples (bench/README.md, decision 18).
 *
 * <p>The character-based forms serve a generator writing to a {@code Writer}; they decode the bytes
 * and use Jackson's own {@link JsonStringEncoder}.
 */
final class EncodedJson implements SerializableString {

    private final ByteParts document;
    /** The document quoted, when it came so ({@link NotePageJson}); otherwise quoted where it is written. */
    private final ByteParts quoted;
    private final int quotedLength;
    /** Decoded on first use, for a character-based generator only; a benign race decodes it twice at worst. */
    private String value;

    private EncodedJson(ByteParts document, ByteParts quoted) {
        this.document = document;
        this.quoted = quoted;
        this.quotedLength = quoted != null ? quoted.length() : CompactJsonQuoting.quotedLength(document.joined());
    }

    /** {@code document}: a complete JSON value as UTF-8, as Jackson's {@code writeValueAsBytes} returns it. */
    static EncodedJson of(byte[] document) {
        return new EncodedJson(ByteParts.of(Objects.requireNonNull(document, "document")), null);
    }

    /** {@code document} as {@link #of(byte[])} takes it, and {@code quoted}, what {@link CompactJsonQuoting} makes of it. */
    static EncodedJson of(byte[] document, byte[] quoted) {
        return of(ByteParts.of(Objects.requireNonNull(document, "document")),
                ByteParts.of(Objects.requireNonNull(quoted, "quoted")));
    }

    /** A document and its quoted form, each kept in the parts it was put together from. */
    static EncodedJson of(ByteParts document, ByteParts quoted) {
        return new EncodedJson(Objects.requireNonNull(document, "document"), Objects.requireNonNull(quoted, "quoted"));
    }

    /** How many bytes the document takes as it is. */
    int documentLength() {
        return document.length();
    }

    /** How many bytes the document takes quoted. */
    int quotedLength() {
        return quotedLength;
    }

    @Override
    public String getValue() {
        String decoded = value;
        if (decoded == null) {
            decoded = new String(document.joined(), StandardCharsets.UTF_8);
            value = decoded;
        }
        return decoded;
    }

    @Override
    public int charLength() {
        return getValue().length();
    }

    @Override
    public char[] asQuotedChars() {
        return JsonStringEncoder.getInstance().quoteAsString(getValue());
    }

    @Override
    public byte[] asUnquotedUTF8() {
        return document.joined().clone();
    }

    @Override
    public byte[] asQuotedUTF8() {
        byte[] bytes = quotedBytes();
        return bytes == document.joined() || quoted != null ? bytes.clone() : bytes;
    }

    /** Quotes straight into the generator's buffer when it has room: no copy of the document in between. */
    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
        if (quotedLength > buffer.length - offset) {
            return -1;
        }
        if (quoted != null) {
            return quoted.copyInto(buffer, offset);
        }
        return CompactJsonQuoting.quoteInto(document.joined(), buffer, offset);
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
        return copy(asQuotedChars(), buffer, offset);
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
        if (document.length() > buffer.length - offset) {
            return -1;
        }
        return document.copyInto(buffer, offset);
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
        return copy(getValue().toCharArray(), buffer, offset);
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) throws IOException {
        byte[] bytes = quotedBytes();
        out.write(bytes);
        return bytes.length;
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
        out.write(document.joined());
        return document.length();
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) {
        return put(quotedBytes(), buffer);
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) {
        return put(document.joined(), buffer);
    }

    @Override
    public String toString() {
        return getValue();
    }

    /** The quoted document; the caller must not change it. */
    private byte[] quotedBytes() {
        return quoted != null ? quoted.joined() : CompactJsonQuoting.quote(document.joined());
    }

    /** Jackson's contract: the length copied, or -1 (nothing copied) when it does not fit. */
    private static int copy(char[] from, char[] buffer, int offset) {
        if (from.length > buffer.length - offset) {
            return -1;
        }
        System.arraycopy(from, 0, buffer, offset, from.length);
        return from.length;
    }

    private static int put(byte[] from, ByteBuffer buffer) {
        if (from.length > buffer.remaining()) {
            return -1;
        }
        buffer.put(from);
        return from.length;
    }
}
