package dev.notesmcp.adapter.github;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON reader (RFC 8259) for GitHub's two answers: objects become {@code Map},
 * arrays {@code List}, numbers {@code BigDecimal}, {@code null} Java {@code null}. Jackson stays
 * confined to the web adapter (ArchUnit), and two small documents do not need it.
 */
final class Json {

    private static final int MAX_DEPTH = 32;

    private final String text;
    private int at;

    private Json(String text) {
        this.text = text;
    }

    /** The JSON object {@code text} holds; anything else, or trailing content, is malformed. */
    static Map<String, Object> parseObject(String text) {
        Json json = new Json(text);
        json.skipWhitespace();
        if (json.peek() != '{') {
            throw new MalformedJsonException("expected an object");
        }
        Map<String, Object> object = json.object(0);
        json.skipWhitespace();
        if (json.at != text.length()) {
            throw new MalformedJsonException("unexpected content after the object");
        }
        return object;
    }

    private Object value(int depth) {
        skipWhitespace();
        char c = peek();
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object(int depth) {
        checkDepth(depth);
        expect('{');
        Map<String, Object> object = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            at++;
            return object;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw new MalformedJsonException("expected a member name");
            }
            String name = string();
            skipWhitespace();
            expect(':');
            Object value = value(depth + 1);
            if (object.containsKey(name)) {
                throw new MalformedJsonException("duplicate member");
            }
            object.put(name, value);
            skipWhitespace();
            char c = next();
            if (c == '}') {
                return object;
            }
            if (c != ',') {
                throw new MalformedJsonException("expected ',' or '}'");
            }
        }
    }

    private List<Object> array(int depth) {
        checkDepth(depth);
        expect('[');
        List<Object> array = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            at++;
            return array;
        }
        while (true) {
            array.add(value(depth + 1));
            skipWhitespace();
            char c = next();
            if (c == ']') {
                return array;
            }
            if (c != ',') {
                throw new MalformedJsonException("expected ',' or ']'");
            }
        }
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw new MalformedJsonException("control character in a string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = next();
            switch (escaped) {
                case '"', '\\', '/' -> out.append(escaped);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append(hexChar());
                default -> throw new MalformedJsonException("bad escape");
            }
        }
    }

    private char hexChar() {
        if (at + 4 > text.length()) {
            throw new MalformedJsonException("truncated \\u escape");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(at++), 16);
            if (digit < 0) {
                throw new MalformedJsonException("bad \\u escape");
            }
            value = value * 16 + digit;
        }
        return (char) value;
    }

    private BigDecimal number() {
        int start = at;
        if (peekIs('-')) {
            at++;
        }
        if (peekIs('0')) {
            at++;
        } else {
            digits();
        }
        if (peekIs('.')) {
            at++;
            digits();
        }
        if (peekIs('e') || peekIs('E')) {
            at++;
            if (peekIs('+') || peekIs('-')) {
                at++;
            }
            digits();
        }
        return new BigDecimal(text.substring(start, at));
    }

    private void digits() {
        int start = at;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        if (at == start) {
            throw new MalformedJsonException("expected a value");
        }
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, at)) {
            throw new MalformedJsonException("expected a value");
        }
        at += word.length();
        return value;
    }

    private void checkDepth(int depth) {
        if (depth >= MAX_DEPTH) {
            throw new MalformedJsonException("nested too deeply");
        }
    }

    private void skipWhitespace() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            at++;
        }
    }

    private void expect(char expected) {
        if (next() != expected) {
            throw new MalformedJsonException("expected '" + expected + "'");
        }
    }

    private boolean peekIs(char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    private char peek() {
        if (at >= text.length()) {
            throw new MalformedJsonException("unexpected end");
        }
        return text.charAt(at);
    }

    private char next() {
        char c = peek();
        at++;
        return c;
    }

    /** The text is not the JSON we expected; the message names the problem, never the content. */
    static final class MalformedJsonException extends RuntimeException {

        MalformedJsonException(String problem) {
            super(problem);
        }
    }
}
