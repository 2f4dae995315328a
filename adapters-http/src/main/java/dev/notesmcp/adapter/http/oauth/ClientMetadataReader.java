package dev.notesmcp.adapter.http.oauth;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notesmcp.application.port.in.oauth.RegisterClientUseCase.Command;
import dev.notesmcp.domain.oauth.OAuthError;
import dev.notesmcp.domain.oauth.OAuthErrorCode;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.webserver.http.ServerRequest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads RFC 7591 client metadata from a registration request: a JSON object of at most
 * {@link #MAX_BODY_BYTES}, no duplicate members, nothing after it. Metadata we do not use
 * (logo_uri, contacts, ...) is ignored, as RFC 7591 §2 asks.
 */
final class ClientMetadataReader {

    static final int MAX_BODY_BYTES = 64 * 1024;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ClientMetadataReader() {
    }

    sealed interface Reading {
    }

    record Read(Command command) implements Reading {
    }

    /** A body that is not client metadata at all, with the error to answer. */
    record Malformed(OAuthError error) implements Reading {
    }

    static Reading read(ServerRequest request) {
        try {
            return new Read(command(body(request)));
        } catch (MalformedRegistration e) {
            return new Malformed(e.error);
        }
    }

    private static JsonNode body(ServerRequest request) throws MalformedRegistration {
        if (request.headers().contentType().filter(type -> !type.test(MediaTypes.APPLICATION_JSON)).isPresent()) {
            throw malformedRequest("send the client metadata as application/json");
        }
        if (request.headers().contentLength().orElse(0) > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        byte[] body;
        try (InputStream in = request.content().inputStream()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            throw malformedRequest("the request body could not be read");
        }
        if (body.length > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw malformedRequest("the body must be a JSON object of client metadata");
            }
            return node;
        } catch (IOException e) {
            throw malformedRequest("the body is not valid JSON");
        }
    }

    /**
     * The fields RFC 7591 §2 defines that we act on, and {@code application_type} (OpenID Connect
     * Dynamic Registration §2, MCP SEP-837); JSON {@code null} counts as absent.
     */
    private static Command command(JsonNode body) throws MalformedRegistration {
        return new Command(
                strings(body, "redirect_uris").orElse(List.of()),
                string(body, "token_endpoint_auth_method"),
                strings(body, "grant_types"),
                strings(body, "response_types"),
                string(body, "client_name"),
                string(body, "scope"),
                string(body, "application_type"));
    }

    private static Optional<String> string(JsonNode body, String field) throws MalformedRegistration {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw wrongType(field, "a string");
        }
        return Optional.of(value.textValue());
    }

    private static Optional<List<String>> strings(JsonNode body, String field) throws MalformedRegistration {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isArray()) {
            throw wrongType(field, "an array of strings");
        }
        List<String> result = new ArrayList<>(value.size());
        for (JsonNode element : value) {
            if (!element.isTextual()) {
                throw wrongType(field, "an array of strings");
            }
            result.add(element.textValue());
        }
        return Optional.of(result);
    }

    private static MalformedRegistration malformedRequest(String description) {
        return new MalformedRegistration(OAuthError.invalidRequest(description));
    }

    private static MalformedRegistration tooLarge() {
        return malformedRequest("the client metadata must not exceed " + MAX_BODY_BYTES + " bytes");
    }

    private static MalformedRegistration wrongType(String field, String expected) {
        return new MalformedRegistration(OAuthError.of(OAuthErrorCode.INVALID_CLIENT_METADATA,
                field + ": must be " + expected));
    }

    /** A body that is not client metadata at all; carries the error to answer with. */
    private static final class MalformedRegistration extends Exception {
        private final transient OAuthError error;

        MalformedRegistration(OAuthError error) {
            super(error.description(), null, false, false);
            this.error = error;
        }
    }
}
