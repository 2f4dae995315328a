package dev.notesmcp.adapter.github;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.Optional;

/**
 * GitHub's small JSON answers, read with Jackson strictly: exactly one object, no key twice,
 * nothing after it, standard JSON only (Jackson's defaults refuse comments, single quotes, leading
 * zeros, raw control characters) and nesting bounded by Jackson's read constraints.
 */
final class GitHubJson {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private GitHubJson() {
    }

    /**
     * The object {@code text} holds, or empty when it is anything else. Jackson's message is not
     * passed on: it may quote the answer, which may hold a token.
     */
    static Optional<JsonNode> object(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    /** A member that is a JSON string, else empty (absent, null, a number, an object...). */
    static Optional<String> text(JsonNode object, String name) {
        JsonNode value = object.get(name);
        return value != null && value.isTextual() ? Optional.of(value.textValue()) : Optional.empty();
    }
}
