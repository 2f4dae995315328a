package dev.notesmcp.adapter.http.mcp.tool;

import com.fasterxml.jackson.databind.util.RawValue;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The JSON-RPC answer to a {@code tools/call} whose tool succeeded with a structured result, written
 * straight into one array of exactly its length: the envelope's fixed text, the request's id, the
 * result quoted for the text block and as it is for {@code structuredContent}. Jackson's generator
 * walking the SDK's records for the same bytes, and growing and copying its buffer, was an eighth of
 * a {@code list_notes} call's samples (bench/README.md, decision 24). Any other answer — an error, a
 * tool error, an id that is not an integer, {@code _meta} — is left to Jackson ({@link #of} is empty);
 * ToolAnswerBytesTest holds the bytes to Jackson's.
 */
public final class ToolAnswerBytes {

    private static final byte[] OPEN = ascii("{\"jsonrpc\":\"2.0\",\"id\":");
    private static final byte[] TEXT = ascii(",\"result\":{\"content\":[{\"type\":\"text\",\"text\":\"");
    private static final byte[] STRUCTURED = ascii("\"}],\"isError\":false,\"structuredContent\":");
    private static final byte[] CLOSE = ascii("}}");

    private ToolAnswerBytes() {
    }

    /** {@code response} as bytes, when it is a structured tool result with an integer id; otherwise empty. */
    public static Optional<byte[]> of(JSONRPCResponse response) {
        if (response.error() != null || !McpSchema.JSONRPC_VERSION.equals(response.jsonrpc())
                || !(response.id() instanceof Integer || response.id() instanceof Long)
                || !(response.result() instanceof CallToolResult result)) {
            return Optional.empty();
        }
        return structured(result).map(document -> write(ascii(response.id().toString()), document));
    }

    /** The document of a result exactly as {@link ToolResults} makes a success: one text block, the same JSON raw. */
    private static Optional<EncodedJson> structured(CallToolResult result) {
        if (!Boolean.FALSE.equals(result.isError()) || result.meta() != null || result.content().size() != 1
                || !(result.content().getFirst() instanceof StructuredText text) || text.meta() != null
                || !(result.structuredContent() instanceof RawValue raw) || raw.rawValue() != text.text()) {
            return Optional.empty();
        }
        return Optional.of(text.text());
    }

    private static byte[] write(byte[] id, EncodedJson document) {
        byte[] answer = new byte[OPEN.length + id.length + TEXT.length + document.quotedLength()
                + STRUCTURED.length + document.documentLength() + CLOSE.length];
        int at = copy(OPEN, answer, 0);
        at = copy(id, answer, at);
        at = copy(TEXT, answer, at);
        at += document.appendQuotedUTF8(answer, at);
        at = copy(STRUCTURED, answer, at);
        at += document.appendUnquotedUTF8(answer, at);
        copy(CLOSE, answer, at);
        return answer;
    }

    private static int copy(byte[] from, byte[] to, int at) {
        System.arraycopy(from, 0, to, at, from.length);
        return at + from.length;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
