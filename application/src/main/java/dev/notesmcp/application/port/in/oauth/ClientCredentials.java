package dev.notesmcp.application.port.in.oauth;

import dev.notesmcp.domain.oauth.TokenEndpointAuthMethod;

import java.util.Objects;
import java.util.Optional;

/**
 * Who a token or revocation request says it comes from, and how it proved it: {@code secret} is
 * the client secret, or for {@code private_key_jwt} the signed assertion (RFC 7523 §2.2).
 */
public record ClientCredentials(String clientId, TokenEndpointAuthMethod method, Optional<String> secret) {

    public ClientCredentials {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(secret, "secret");
    }

    public static ClientCredentials publicClient(String clientId) {
        return new ClientCredentials(clientId, TokenEndpointAuthMethod.NONE, Optional.empty());
    }

    /** A client that proves itself with a JWT signed by its own key. */
    public static ClientCredentials assertion(String clientId, String assertion) {
        return new ClientCredentials(clientId, TokenEndpointAuthMethod.PRIVATE_KEY_JWT, Optional.of(assertion));
    }

    @Override
    public String toString() {
        return "ClientCredentials[clientId=" + clientId + ", method=" + method + ", secret=***]";
    }
}
