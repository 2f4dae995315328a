package dev.notesmcp.adapter.cimd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notesmcp.domain.oauth.registration.ClientMetadata;
import dev.notesmcp.domain.oauth.registration.ClientMetadataDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a metadata document's JSON into its fields. Only the shape is checked here (an object,
 * strings where strings belong, {@code jwks} an object); what the values mean is the domain's
 * {@code MetadataDocumentPolicy}, and whether the keys are usable is the assertion verifier's.
 */
final class DocumentReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DocumentReader() {
    }

    static ClientMetadataDocument read(byte[] body) throws MalformedDocumentException {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new MalformedDocumentException("the document is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new MalformedDocumentException("the document is not a JSON object");
        }
        ClientMetadata metadata = new ClientMetadata(
                strings(root, "redirect_uris").orElse(List.of()),
                string(root, "token_endpoint_auth_method"),
                strings(root, "grant_types"),
                strings(root, "response_types"),
                string(root, "client_name"),
                string(root, "scope"),
                string(root, "application_type"));
        return new ClientMetadataDocument(string(root, "client_id"), metadata, jwks(root), string(root, "jwks_uri"));
    }

    /** The inline JWK Set as JSON text (re-serialized, so it is exactly one JSON object). */
    private static Optional<String> jwks(JsonNode root) throws MalformedDocumentException {
        JsonNode value = root.get("jwks");
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            throw new MalformedDocumentException("jwks must be a JWK Set object (with a keys array)");
        }
        try {
            return Optional.of(JSON.writeValueAsString(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a parsed JSON object is always serializable", e);
        }
    }

    private static Optional<String> string(JsonNode root, String field) throws MalformedDocumentException {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new MalformedDocumentException(field + " must be a string");
        }
        return Optional.of(value.textValue());
    }

    private static Optional<List<String>> strings(JsonNode root, String field) throws MalformedDocumentException {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isArray()) {
            throw new MalformedDocumentException(field + " must be an array of strings");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode element : value) {
            if (!element.isTextual()) {
                throw new MalformedDocumentException(field + " must be an array of strings");
            }
            values.add(element.textValue());
        }
        return Optional.of(values);
    }

    /** The body is not a metadata document; the message says what is wrong with it. */
    static final class MalformedDocumentException extends Exception {
        MalformedDocumentException(String message) {
            super(message);
        }
    }
}
