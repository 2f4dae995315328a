package dev.notesmcp.application.service.token;

import dev.notesmcp.application.port.out.RevokedAccessTokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Keeps the per-request revocation check off the network: a "not revoked" answer from a shared
 * store (PostgreSQL, Redis) is trusted for at most {@code staleness}, so a revocation made on
 * another instance is honoured here within that bound. Revocations made through this instance
 * take effect at once; "revoked" answers are never cached as "not revoked". Bounded in size.
 */
public final class RevocationCache implements RevokedAccessTokens {

    /** The documented bound: a token revoked elsewhere is refused here at most this much later. */
    public static final Duration DEFAULT_STALENESS = Duration.ofSeconds(2);
    static final int MAX_ENTRIES = 100_000;

    private final RevokedAccessTokens store;
    private final Clock clock;
    private final Duration staleness;
    private final ConcurrentMap<String, Instant> notRevokedUntil = new ConcurrentHashMap<>();

    public RevocationCache(RevokedAccessTokens store, Clock clock, Duration staleness) {
        this.store = store;
        this.clock = clock;
        this.staleness = staleness;
    }

    @Override
    public void revoke(String tokenId, Instant expiresAt) {
        store.revoke(tokenId, expiresAt);
        notRevokedUntil.remove(tokenId);
    }

    @Override
    public boolean isRevoked(String tokenId) {
        Instant now = clock.instant();
        Instant trustedUntil = notRevokedUntil.get(tokenId);
        if (trustedUntil != null && now.isBefore(trustedUntil)) {
            return false;
        }
        boolean revoked = store.isRevoked(tokenId);
        if (revoked) {
            notRevokedUntil.remove(tokenId);
        } else {
            if (notRevokedUntil.size() >= MAX_ENTRIES) {
                notRevokedUntil.clear();
            }
            notRevokedUntil.put(tokenId, now.plus(staleness));
        }
        return revoked;
    }
}
