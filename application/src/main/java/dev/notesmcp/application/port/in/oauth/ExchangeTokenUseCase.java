package dev.notesmcp.application.port.in.oauth;

import dev.notesmcp.domain.oauth.OAuthError;

import java.util.Objects;
import java.util.Optional;

/** {@code POST /token}: a client trades a code or a refresh token for tokens. */
public interface ExchangeTokenUseCase {

    Result exchange(Request request);

    sealed interface Request {
        ClientCredentials client();
    }

    /** {@code grant_type=authorization_code} (RFC 6749 §4.1.3, RFC 7636 §4.5). */
    record AuthorizationCodeRequest(ClientCredentials client, String code, String redirectUri, String codeVerifier,
                                    Optional<String> resource) implements Request {
        public AuthorizationCodeRequest {
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(redirectUri, "redirectUri");
            Objects.requireNonNull(codeVerifier, "codeVerifier");
            Objects.requireNonNull(resource, "resource");
        }
    }

    /** {@code grant_type=refresh_token} (RFC 6749 §6). */
    record RefreshTokenRequest(ClientCredentials client, String refreshToken, Optional<String> scope,
                               Optional<String> resource) implements Request {
        public RefreshTokenRequest {
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(refreshToken, "refreshToken");
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(resource, "resource");
        }
    }

    sealed interface Result {
    }

    record Issued(TokenResponse response) implements Result {
    }

    record Failed(OAuthError error) implements Result {
    }
}
