package dev.notesmcp.application.port.in.oauth;

import dev.notesmcp.domain.token.Scopes;

import java.util.Objects;
import java.util.Optional;

/**
 * A successful token response (RFC 6749 §5.1). {@code refresh} is empty for a client that did not
 * register the refresh_token grant.
 */
public record TokenResponse(String accessToken, long expiresInSeconds, Optional<String> refresh, Scopes scopes) {

    public TokenResponse {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(refresh, "refresh");
        Objects.requireNonNull(scopes, "scopes");
    }

    /** The refresh token; only for responses that carry one. */
    public String refreshToken() {
        return refresh.orElseThrow(() -> new IllegalStateException("this response carries no refresh token"));
    }

    @Override
    public String toString() {
        return "TokenResponse[accessToken=***, refreshToken=***, scopes=" + scopes + "]";
    }
}
