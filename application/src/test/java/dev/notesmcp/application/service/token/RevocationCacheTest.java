package dev.notesmcp.application.service.token;

import dev.notesmcp.application.port.out.RevokedAccessTokens;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RevocationCacheTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    /** Another instance's view of the shared store, counting lookups. */
    private final Set<String> shared = new HashSet<>();
    private final AtomicInteger lookups = new AtomicInteger();
    private final RevokedAccessTokens sharedStore = new RevokedAccessTokens() {
        @Override
        public void revoke(String tokenId, Instant expiresAt) {
            shared.add(tokenId);
        }

        @Override
        public boolean isRevoked(String tokenId) {
            lookups.incrementAndGet();
            return shared.contains(tokenId);
        }
    };
    private Instant now = T0;
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final RevocationCache cache = new RevocationCache(sharedStore, clock, Duration.ofSeconds(2));

    @Test
    void aNotRevokedAnswerIsReusedWithinTheBound() {
        assertThat(cache.isRevoked("jti")).isFalse();
        now = now.plusMillis(1999);
        assertThat(cache.isRevoked("jti")).isFalse();

        assertThat(lookups).hasValue(1);
    }

    @Test
    void aRevocationElsewhereIsHonouredOnceTheBoundHasPassed() {
        cache.isRevoked("jti");
        shared.add("jti");

        now = now.plusSeconds(2);

        assertThat(cache.isRevoked("jti")).isTrue();
    }

    @Test
    void aRevocationThroughThisInstanceCountsAtOnce() {
        cache.isRevoked("jti");

        cache.revoke("jti", T0.plusSeconds(600));

        assertThat(cache.isRevoked("jti")).isTrue();
    }

    @Test
    void aRevokedAnswerIsNeverCachedAsNotRevoked() {
        shared.add("jti");

        assertThat(cache.isRevoked("jti")).isTrue();
        assertThat(cache.isRevoked("jti")).isTrue();
        assertThat(lookups).hasValue(2);
    }
}
