package dev.notesmcp.application.port.out;

import dev.notesmcp.domain.token.AccessTokenClaims;

/** Turns claims into a signed, self-contained access token (a JWT). */
public interface AccessTokenSigner {

    String sign(AccessTokenClaims claims);
}
