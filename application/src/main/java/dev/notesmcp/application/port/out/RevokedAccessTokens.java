package dev.notesmcp.application.port.out;

import java.time.Instant;

/**
 * Ids ({@code jti}) of access tokens revoked before their expiry (short-lived: an entry is
 * needed only until the token would have expired anyway).
 */
public interface RevokedAccessTokens {

    void revoke(String tokenId, Instant expiresAt);

    boolean isRevoked(String tokenId);
}
