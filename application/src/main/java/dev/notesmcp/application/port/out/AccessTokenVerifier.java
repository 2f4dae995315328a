package dev.notesmcp.application.port.out;

import dev.notesmcp.domain.token.TokenVerification;

/**
 * Checks an access token's own evidence: signature, algorithm, issuer, audience and expiry.
 * Revocation is the application's business, not the verifier's.
 */
public interface AccessTokenVerifier {

    TokenVerification verify(String token);
}
