package dev.notesmcp.adapter.memory.oauth;

import dev.notesmcp.application.port.out.RevokedAccessTokens;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Revoked access-token ids in memory; entries past the token's own expiry are dropped on the next revocation. */
public final class InMemoryRevokedAccessTokens implements RevokedAccessTokens {

    private final ConcurrentMap<String, Instant> revokedUntil = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryRevokedAccessTokens(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void revoke(String tokenId, Instant expiresAt) {
        Instant now = clock.instant();
        revokedUntil.values().removeIf(until -> !until.isAfter(now));
        revokedUntil.put(tokenId, expiresAt);
    }

    @Override
    public boolean isRevoked(String tokenId) {
        if (revokedUntil.isEmpty()) {
            return false;
        }
        Instant until = revokedUntil.get(tokenId);
        if (until == null) {
            return false;
        }
        return true;
    }
}
