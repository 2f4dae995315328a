package dev.notesmcp.bootstrap.identity;

/**
 * A configured identity provider cannot be used as the server starts: its discovery document could
 * not be read, names another issuer, or lacks what sign-in needs. The message is one line for the
 * operator that names the variable to check; it is reported like a configuration problem, without
 * a stack trace.
 */
public final class ProviderStartupException extends RuntimeException {

    public ProviderStartupException(String message) {
        super(message);
    }
}
