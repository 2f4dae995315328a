package dev.notesmcp.application.service.token;

import dev.notesmcp.application.port.out.MutableClock;
import dev.notesmcp.application.port.out.StoreUnavailableException;
import dev.notesmcp.domain.token.SigningKey;
import dev.notesmcp.domain.token.SigningKeyPolicy;
import dev.notesmcp.domain.token.SigningKeyRing;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The key cache's refresh bound, and rotations as the policy times them. */
class SigningKeyRotationTest {

    private static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");
    private static final Duration REFRESH = Duration.ofSeconds(30);
    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(61);

    private final MutableClock clock = new MutableClock(T0);
    private final FakeSigningKeys store = new FakeSigningKeys();
    private final SigningKeyCache cache = new SigningKeyCache(store, clock, REFRESH);
    private final RotateSigningKeyService rotation = new RotateSigningKeyService(store, store,
            new SigningKeyPolicy(REFRESH, TOKEN_LIFETIME), cache, clock);

    /** Another instance, sharing the store, with its own cache. */
    private final SigningKeyCache elsewhere = new SigningKeyCache(store, clock, REFRESH);

    private String signingKeyId(SigningKeyRing ring) {
        return ring.signingKeyAt(clock.instant()).map(SigningKey::keyId).orElse("none");
    }

    @Test
    void theFirstKeySignsAtOnceAndIsMadeOnlyOnce() {
        rotation.ensureFirstKey();
        rotation.ensureFirstKey();

        assertThat(signingKeyId(cache.ring())).isEqualTo("k1");
        assertThat(cache.ring().keys()).hasSize(1);
    }

    @Test
    void aRotationIsPublishedAtOnceAndSignsOnlyOnceEveryCacheHasHadTimeToReadIt() {
        rotation.ensureFirstKey();
        clock.advance(Duration.ofDays(1));
        assertThat(signingKeyId(elsewhere.ring())).isEqualTo("k1");

        SigningKey next = rotation.rotate();

        assertThat(next.activeFrom()).isEqualTo(clock.instant().plus(REFRESH));
        assertThat(cache.ring().publishedAt(clock.instant())).extracting(SigningKey::keyId).containsExactly("k2", "k1");
        assertThat(signingKeyId(cache.ring())).as("the old key signs until the hand-over").isEqualTo("k1");
        clock.advance(REFRESH.minusNanos(1));
        assertThat(elsewhere.ring().find("k2", clock.instant())).as("not re-read yet").isEmpty();
        clock.advance(Duration.ofNanos(1));
        assertThat(elsewhere.ring().find("k2", clock.instant())).as("re-read within the bound").isPresent();
        assertThat(signingKeyId(elsewhere.ring())).isEqualTo("k2");
    }

    @Test
    void thePreviousKeyIsAcceptedUntilEveryTokenItSignedHasExpired() {
        rotation.ensureFirstKey();
        SigningKey next = rotation.rotate();
        Instant lastTokenFromOldKeyExpires = next.activeFrom().plus(TOKEN_LIFETIME);

        clock.set(lastTokenFromOldKeyExpires.minusNanos(1));
        assertThat(cache.reload().find("k1", clock.instant())).isPresent();
        clock.set(lastTokenFromOldKeyExpires);
        assertThat(cache.reload().find("k1", clock.instant())).isEmpty();
        assertThat(cache.ring().publishedAt(clock.instant())).extracting(SigningKey::keyId).containsExactly("k2");
    }

    @Test
    void theTimerRotatesOnceThePeriodHasPassedAndOnlyOnceForSeveralInstances() {
        Duration period = Duration.ofDays(30);
        rotation.ensureFirstKey();
        RotateSigningKeyService otherInstance = new RotateSigningKeyService(store, store,
                new SigningKeyPolicy(REFRESH, TOKEN_LIFETIME), elsewhere, clock);

        clock.advance(period.minusSeconds(1));
        assertThat(rotation.rotateIfDue(period)).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(rotation.rotateIfDue(period)).isTrue();
        assertThat(otherInstance.rotateIfDue(period)).isFalse();

        assertThat(cache.ring().keys()).extracting(SigningKey::keyId).containsExactly("k2", "k1");
    }

    @Test
    void whenTheStoreCannotBeReadTheLastKeysStayInUse() {
        rotation.ensureFirstKey();
        clock.advance(REFRESH);
        store.down = true;

        assertThat(signingKeyId(cache.ring())).isEqualTo("k1");
        assertThatThrownBy(() -> new SigningKeyCache(store, clock, REFRESH).ring())
                .isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void withinTheBoundTheStoreIsNotReadAgain() {
        rotation.ensureFirstKey();
        int reads = store.reads;

        cache.ring();
        clock.advance(REFRESH.minusNanos(1));
        cache.ring();

        assertThat(store.reads).isEqualTo(reads);
    }
}
