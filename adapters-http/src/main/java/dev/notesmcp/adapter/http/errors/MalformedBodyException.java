package dev.notesmcp.adapter.http.errors;

/**
 * The request body could not be read as its framing announced (a chunk size that is not hex, a
 * chunk cut short). The client's fault: 400, and the connection is closed since its state is unknown.
 */
public final class MalformedBodyException extends RuntimeException {

    public MalformedBodyException(String message, Throwable cause) {
        super(message, cause);
    }
}
