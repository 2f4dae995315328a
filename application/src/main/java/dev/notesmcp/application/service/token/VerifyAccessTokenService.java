package dev.notesmcp.application.service.token;

import dev.notesmcp.application.port.in.token.VerifyAccessTokenUseCase;
import dev.notesmcp.application.port.out.AccessTokenVerifier;
import dev.notesmcp.domain.token.TokenVerification;

/**
 * Accepts a bearer token when its signature, algorithm, issuer, audience and expiry check out.
 * (Revocation by {@code jti} joins here with the authorization server.)
 */
public final class VerifyAccessTokenService implements VerifyAccessTokenUseCase {

    private static final int MAX_TOKEN_LENGTH = 8192;

    private final AccessTokenVerifier verifier;

    public VerifyAccessTokenService(AccessTokenVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public TokenVerification verify(String bearerToken) {
        if (bearerToken == null || bearerToken.isBlank()) {
            return TokenVerification.rejected("no token");
        }
        if (bearerToken.length() > MAX_TOKEN_LENGTH) {
            return TokenVerification.rejected("token longer than " + MAX_TOKEN_LENGTH + " characters");
        }
        return verifier.verify(bearerToken);
    }
}
