package dev.notesmcp.application.service.token;

import dev.notesmcp.application.port.out.AccessTokenVerifier;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.token.AccessTokenClaims;
import dev.notesmcp.domain.token.Scopes;
import dev.notesmcp.domain.token.TokenVerification;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedTokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");
    private static final AccessTokenClaims CLAIMS = new AccessTokenClaims("https://i", "https://i/mcp",
            new UserId("github:1"), "c", Scopes.all(), "jti", NOW.minusSeconds(60), NOW.plusSeconds(60), "me");

    private final AtomicInteger calls = new AtomicInteger();
    private final AccessTokenVerifier counting = token -> {
        calls.incrementAndGet();
        return token.startsWith("good") ? new TokenVerification.Verified(CLAIMS) : TokenVerification.rejected("bad");
    };

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    @Test
    void verifiesAGoodTokenOnlyOnce() {
        VerifiedTokenCache cache = new VerifiedTokenCache(counting, at(NOW));

        assertThat(cache.verify("good-1")).isEqualTo(new TokenVerification.Verified(CLAIMS));
        assertThat(cache.verify("good-1")).isEqualTo(new TokenVerification.Verified(CLAIMS));
        assertThat(calls).hasValue(1);
    }

    @Test
    void neverCachesARejection() {
        VerifiedTokenCache cache = new VerifiedTokenCache(counting, at(NOW));

        assertThat(cache.verify("bad")).isInstanceOf(TokenVerification.Rejected.class);
        assertThat(cache.verify("bad")).isInstanceOf(TokenVerification.Rejected.class);
        assertThat(calls).hasValue(2);
    }

    @Test
    void aCachedTokenStillExpiresOnTime() {
        Instant[] now = {NOW};
        Clock moving = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        VerifiedTokenCache cache = new VerifiedTokenCache(counting, moving);
        cache.verify("good-1");

        now[0] = CLAIMS.expiresAt();

        assertThat(cache.verify("good-1")).isInstanceOf(TokenVerification.Rejected.class);
    }

    @Test
    void staysWithinItsCapacity() {
        VerifiedTokenCache cache = new VerifiedTokenCache(counting, at(NOW), 2);
        cache.verify("good-1");
        cache.verify("good-2");
        cache.verify("good-3");

        cache.verify("good-1");

        assertThat(calls).hasValue(4);
    }
}
