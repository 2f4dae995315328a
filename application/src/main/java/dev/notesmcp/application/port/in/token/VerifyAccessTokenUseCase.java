package dev.notesmcp.application.port.in.token;

import dev.notesmcp.domain.token.TokenVerification;

/** The resource server checks a bearer token before serving a request. */
public interface VerifyAccessTokenUseCase {

    TokenVerification verify(String bearerToken);
}
