package dev.notesmcp.application.port.in.oauth;

import dev.notesmcp.domain.token.Scopes;

import java.util.Objects;

/** A successful token response (RFC 6749 §5.1). */
public record TokenResponse(String accessToken, long expiresInSeconds, String refreshToken, Scopes scopes) {

    public TokenResponse {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(scopes, "scopes");
    }

    @Override
    public String toString() {
        return "TokenResponse[accessToken=***, refreshToken=***, scopes=" + scopes + "]";
    }
}
