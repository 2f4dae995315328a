package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.out.RevokedAccessTokens;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The simplest store that keeps the port's promises; it never forgets, and tests can see what it holds. */
final class FakeRevokedAccessTokens implements RevokedAccessTokens {

    private final Map<String, Instant> revoked = new ConcurrentHashMap<>();

    @Override
    public void revoke(String tokenId, Instant expiresAt) {
        revoked.put(tokenId, expiresAt);
    }

    @Override
    public boolean isRevoked(String tokenId) {
        return revoked.containsKey(tokenId);
    }

    Map<String, Instant> all() {
        return Map.copyOf(revoked);
    }
}
