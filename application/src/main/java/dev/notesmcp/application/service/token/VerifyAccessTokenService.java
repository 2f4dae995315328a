package dev.notesmcp.application.service.token;

import dev.notesmcp.application.port.in.token.VerifyAccessTokenUseCase;
import dev.notesmcp.application.port.out.AccessTokenVerifier;
import dev.notesmcp.application.port.out.RevokedAccessTokens;
import dev.notesmcp.domain.token.TokenVerification;

/**
 * Accepts a bearer token when its signature, algorithm, issuer, audience and expiry check out
 * and its {@code jti} has not been revoked.
 */
public final class VerifyAccessTokenService implements VerifyAccessTokenUseCase {

    private static final int MAX_TOKEN_LENGTH = 8192;

    private final AccessTokenVerifier verifier;
    private final RevokedAccessTokens revoked;

    public VerifyAccessTokenService(AccessTokenVerifier verifier, RevokedAccessTokens revoked) {
        this.verifier = verifier;
        this.revoked = revoked;
    }

    @Override
    public TokenVerification verify(String bearerToken) {
        if (bearerToken == null || bearerToken.isBlank()) {
            return TokenVerification.rejected("no token");
        }
        if (bearerToken.length() > MAX_TOKEN_LENGTH) {
            return TokenVerification.rejected("token longer than " + MAX_TOKEN_LENGTH + " characters");
        }
        TokenVerification verification = verifier.verify(bearerToken);
        if (verification instanceof TokenVerification.Verified(var claims) && revoked.isRevoked(claims.tokenId())) {
            return TokenVerification.rejected("token revoked");
        }
        return verification;
    }
}
