package dev.notesmcp.domain;

/**
 * A value broke one of its own rules; the message says which rule, in words fit for the caller.
 * Adapters turn it into a client error (an MCP {@code isError} result, an OAuth error).
 */
public final class InvalidValueException extends IllegalArgumentException {

    private final String field;

    public InvalidValueException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
