package dev.notesmcp.adapter.http.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An error answer as every endpoint without a protocol of its own gives it:
 * {@code {"error": code, "error_description": what to fix}} (the shape of RFC 6749 §5.2), never an
 * exception text. {@code closeConnection} marks errors after which the connection cannot be
 * trusted (broken framing, a body read half-way).
 */
public record ErrorBody(Status status, String error, String description, Optional<String> reference,
                        boolean closeConnection) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public ErrorBody {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(reference, "reference");
    }

    public static ErrorBody of(Status status, String error, String description) {
        return new ErrorBody(status, error, description, Optional.empty(), false);
    }

    /** The same error, after which the server hangs up (RFC 9112 §9.6). */
    public ErrorBody closingTheConnection() {
        return new ErrorBody(status, error, description, reference, true);
    }

    /** The same error naming the log line that has the details (for 500s). */
    public ErrorBody withReference(String id) {
        return new ErrorBody(status, error, description, Optional.of(id), closeConnection);
    }

    public byte[] json() {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        reference.ifPresent(id -> body.put("reference", id));
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always serializable", e);
        }
    }

    /** Sends this error; a response already sent is left alone (the caller then closes the connection). */
    public void send(ServerResponse response) {
        if (response.isSent()) {
            return;
        }
        response.status(status)
                .header(HeaderNames.CONTENT_TYPE, "application/json")
                .header(HeaderNames.CACHE_CONTROL, "no-store");
        if (closeConnection) {
            response.header(HeaderValues.CONNECTION_CLOSE);
        }
        response.send(json());
    }
}
