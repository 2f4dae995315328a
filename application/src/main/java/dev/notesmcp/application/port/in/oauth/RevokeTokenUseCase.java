package dev.notesmcp.application.port.in.oauth;

import dev.notesmcp.domain.oauth.OAuthError;

import java.util.Optional;

/** {@code POST /revoke} (RFC 7009): a refresh token ends its grant; an access token stops working. */
public interface RevokeTokenUseCase {

    /**
     * Empty when done, including for a token we do not know (RFC 7009 §2.2); an error only when the
     * client fails to authenticate or the request is malformed.
     */
    Optional<OAuthError> revoke(ClientCredentials client, String token, Optional<String> tokenTypeHint);
}
