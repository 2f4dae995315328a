package dev.notesmcp.domain.oauth;

import java.util.Objects;

/**
 * An expected protocol failure: an RFC code and a description for the client developer. Never
 * carries a secret or a token.
 */
public record OAuthError(OAuthErrorCode code, String description) {

    public OAuthError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
    }

    public static OAuthError of(OAuthErrorCode code, String description) {
        return new OAuthError(code, description);
    }

    public static OAuthError invalidRequest(String description) {
        return new OAuthError(OAuthErrorCode.INVALID_REQUEST, description);
    }

    public static OAuthError invalidGrant(String description) {
        return new OAuthError(OAuthErrorCode.INVALID_GRANT, description);
    }

    public static OAuthError invalidClient(String description) {
        return new OAuthError(OAuthErrorCode.INVALID_CLIENT, description);
    }
}
