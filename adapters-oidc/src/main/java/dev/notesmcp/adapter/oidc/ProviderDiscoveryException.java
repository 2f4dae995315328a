package dev.notesmcp.adapter.oidc;

/**
 * An identity provider could not be set up at start-up: its discovery document could not be read,
 * is not OpenID provider metadata, names another issuer than the one configured, or lacks what
 * sign-in needs. The message is one line for the operator, naming the variable to check.
 */
public final class ProviderDiscoveryException extends RuntimeException {

    ProviderDiscoveryException(String message) {
        super(message);
    }
}
