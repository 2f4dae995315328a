package dev.notesmcp.application.port.out;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static dev.notesmcp.application.port.out.OAuthFixtures.T0;
import static dev.notesmcp.application.port.out.OAuthFixtures.freshTokenId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link RevokedAccessTokens} must do: a revoked token id stays revoked at least until
 * the token would have expired anyway. A store's test extends this class and supplies
 * {@link #newStore(Clock)}, driven by the test's clock; every test uses fresh token ids.
 */
public abstract class RevokedAccessTokensContract {

    private static final int THREADS = 50;
    private static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

    protected final MutableClock clock = new MutableClock(T0);
    protected RevokedAccessTokens revoked;

    /** The store under test, reading the time from {@code clock}; may be shared between tests. */
    protected abstract RevokedAccessTokens newStore(Clock clock);

    @BeforeEach
    void createStore() {
        revoked = newStore(clock);
    }

    private Instant expiry() {
        return clock.instant().plus(TOKEN_LIFETIME);
    }

    @Test
    void aTokenNobodyRevokedIsNotRevoked() {
        revoked.revoke(freshTokenId(), expiry());

        assertThat(revoked.isRevoked(freshTokenId())).isFalse();
    }

    @Test
    void aRevokedTokenIsRevoked() {
        String tokenId = freshTokenId();

        revoked.revoke(tokenId, expiry());

        assertThat(revoked.isRevoked(tokenId)).isTrue();
    }

    @Test
    void revokingOneTokenLeavesOthersAlone() {
        String kept = freshTokenId();
        String gone = freshTokenId();

        revoked.revoke(gone, expiry());

        assertThat(revoked.isRevoked(gone)).isTrue();
        assertThat(revoked.isRevoked(kept)).isFalse();
    }

    @Test
    void revokingTwiceIsHarmless() {
        String tokenId = freshTokenId();
        Instant expiresAt = expiry();

        revoked.revoke(tokenId, expiresAt);
        revoked.revoke(tokenId, expiresAt);

        assertThat(revoked.isRevoked(tokenId)).isTrue();
    }

    @Test
    void aRevocationLastsUntilTheTokenWouldHaveExpired() {
        String tokenId = freshTokenId();
        Instant expiresAt = expiry();
        revoked.revoke(tokenId, expiresAt);

        clock.set(expiresAt.minusSeconds(1));
        revoked.revoke(freshTokenId(), expiry());

        assertThat(revoked.isRevoked(tokenId)).isTrue();
    }

    @Test
    void manyRevocationsOverTimeAreAllKeptWhileTheirTokensLive() {
        List<String> tokenIds = IntStream.range(0, 20).mapToObj(i -> freshTokenId()).toList();
        for (String tokenId : tokenIds) {
            revoked.revoke(tokenId, clock.instant().plus(Duration.ofMinutes(30)));
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(tokenIds).allSatisfy(tokenId -> assertThat(revoked.isRevoked(tokenId)).isTrue());
    }

    @Test
    void concurrentRevocationsAreAllKept() throws Exception {
        List<String> tokenIds = IntStream.range(0, THREADS).mapToObj(i -> freshTokenId()).toList();
        Instant expiresAt = expiry();

        Concurrently.run(THREADS, i -> {
            revoked.revoke(tokenIds.get(i), expiresAt);
            return null;
        });

        assertThat(tokenIds).allSatisfy(tokenId -> assertThat(revoked.isRevoked(tokenId)).isTrue());
    }
}
