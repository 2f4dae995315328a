package dev.notesmcp.adapter.http.mcp;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.modelcontextprotocol.spec.McpSchema;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Reads a POST body into JSON-RPC messages, strictly: the bytes must be well-formed UTF-8 (MCP
 * transports: "JSON-RPC messages MUST be UTF-8 encoded"; the JDK decoder also refuses overlong forms
 * and encoded surrogates), the text exactly one JSON value (RFC 8259; nothing after it, so no second
 * message slips through unseen) whose objects repeat no key. One parse, one reader, thread-safe.
 */
final class JsonRpcReader {

    /** Far deeper than any MCP message; bounds the recursion a hostile body can cause. */
    static final int MAX_NESTING_DEPTH = 64;

    private final ObjectReader reader;

    JsonRpcReader() {
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                .build();
        this.reader = new ObjectMapper(factory).readerFor(Object.class);
    }

    JsonRpcBody read(byte[] body) {
        if (isAscii(body)) {
            // Every byte below 0x80 is well-formed UTF-8 by itself: Jackson reads the bytes as they are.
            return parse(() -> reader.createParser(body));
        }
        ByteBuffer bytes = ByteBuffer.wrap(body);
        CharBuffer text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes);
        } catch (CharacterCodingException e) {
            // The decoder stops with the buffer at the first byte of the bad sequence.
            return parseError("the body is not valid UTF-8 (at byte " + bytes.position() + ")");
        }
        return parse(() -> reader.createParser(text.array(), text.arrayOffset() + text.position(), text.remaining()));
    }

    /** Where the parser reads from: the body's bytes, or its text once decoded. */
    @FunctionalInterface
    private interface ParserSource {
        JsonParser open() throws IOException;
    }

    private JsonRpcBody parse(ParserSource source) {
        Object value;
        try (JsonParser parser = source.open()) {
            if (parser.nextToken() == null) {
                return parseError("the body is empty; send one JSON-RPC message");
            }
            value = reader.readValue(parser);
            if (parser.nextToken() != null) {
                return parseError("the body holds more than one JSON value (from " + where(parser.currentLocation())
                        + "); send exactly one JSON-RPC message per POST");
            }
        } catch (StreamConstraintsException e) {
            return parseError("the JSON is nested deeper than " + MAX_NESTING_DEPTH + " levels");
        } catch (JsonParseException e) {
            return parseError(describe(e));
        } catch (IOException e) {
            return parseError("the body is not valid JSON (" + where(locationOf(e)) + ")");
        }
        if (value instanceof List<?> elements) {
            return new JsonRpcBody.Batch(elements.stream().map(JsonRpcEnvelope::classify).toList());
        }
        return value instanceof Map<?, ?> ? new JsonRpcBody.Single(JsonRpcEnvelope.classify(value)) : invalidRequest();
    }

    /** Whether every byte is ASCII; a JSON-RPC request usually is, all of it. */
    private static boolean isAscii(byte[] body) {
        for (byte b : body) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static String describe(JsonParseException e) {
        // Jackson's own wording names its internals; ours says what to fix and where.
        String original = e.getOriginalMessage();
        if (original != null && original.startsWith("Duplicate")) {
            return "an object repeats a key (" + where(e.getLocation()) + "); every key may appear once";
        }
        return "the body is not valid JSON (" + where(e.getLocation()) + ")";
    }

    private static JsonLocation locationOf(IOException e) {
        return e instanceof JsonProcessingException processing ? processing.getLocation() : null;
    }

    private static String where(JsonLocation location) {
        if (location == null) {
            return "position unknown";
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static JsonRpcBody parseError(String detail) {
        return new JsonRpcBody.Unreadable(McpSchema.ErrorCodes.PARSE_ERROR, "Parse error: " + detail);
    }

    private static JsonRpcBody invalidRequest() {
        return new JsonRpcBody.Unreadable(McpSchema.ErrorCodes.INVALID_REQUEST,
                "Invalid request: the body must be a JSON-RPC message object (or, in MCP 2025-03-26,"
                        + " an array of them)");
    }
}
