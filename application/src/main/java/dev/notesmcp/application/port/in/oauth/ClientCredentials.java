package dev.notesmcp.application.port.in.oauth;

import dev.notesmcp.domain.oauth.TokenEndpointAuthMethod;

import java.util.Objects;
import java.util.Optional;

/** Who a token or revocation request says it comes from, and how it proved it. */
public record ClientCredentials(String clientId, TokenEndpointAuthMethod method, Optional<String> secret) {

    public ClientCredentials {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(secret, "secret");
    }

    public static ClientCredentials publicClient(String clientId) {
        return new ClientCredentials(clientId, TokenEndpointAuthMethod.NONE, Optional.empty());
    }

    @Override
    public String toString() {
        return "ClientCredentials[clientId=" + clientId + ", method=" + method + ", secret=***]";
    }
}
