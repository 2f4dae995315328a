package dev.notesmcp.application.port.out;

import dev.notesmcp.domain.token.SigningKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static dev.notesmcp.application.port.out.OAuthFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link SigningKeyRepository} must do: keep keys byte for byte, retire predecessors
 * when a key is added, forget keys past their not-after date, and let exactly one of several
 * concurrent rotations win. A store's test supplies {@link #emptyStore()}.
 */
public abstract class SigningKeyRepositoryContract {

    private static final int THREADS = 20;
    private static final Duration DAY = Duration.ofDays(1);

    protected SigningKeyRepository keys;

    /** The store under test, holding no key. */
    protected abstract SigningKeyRepository emptyStore();

    @BeforeEach
    void createStore() {
        keys = emptyStore();
    }

    private static SigningKey key(Instant activeFrom) {
        byte[] publicKey = UUID.randomUUID().toString().getBytes();
        return SigningKey.created("kid-" + UUID.randomUUID(), activeFrom.minusSeconds(60), activeFrom,
                publicKey, new byte[]{0, 1, (byte) 0xff, 42});
    }

    @Test
    void aFirstKeyIsKeptExactly() {
        SigningKey first = key(T0);

        assertThat(keys.rotate(first, T0, Instant.MIN)).isTrue();

        assertThat(keys.acceptedAt(T0)).containsExactly(first);
    }

    @Test
    void onlyAFirstKeyIsAddedWhenOnlyAFirstKeyIsAskedFor() {
        keys.rotate(key(T0), T0, Instant.MIN);

        assertThat(keys.rotate(key(T0.plusSeconds(1)), T0, Instant.MIN)).isFalse();

        assertThat(keys.acceptedAt(T0)).hasSize(1);
    }

    @Test
    void aRotationRetiresThePredecessorUntilTheGivenDateAndKeepsItUntilThen() {
        SigningKey first = key(T0);
        SigningKey second = key(T0.plus(DAY));
        Instant end = T0.plus(DAY).plusSeconds(3600);
        keys.rotate(first, T0, Instant.MIN);

        assertThat(keys.rotate(second, end, Instant.MAX)).isTrue();

        assertThat(keys.acceptedAt(end.minusNanos(1000))).containsExactlyInAnyOrder(first.retiredUntil(end), second);
        assertThat(keys.acceptedAt(end)).containsExactly(second);
    }

    @Test
    void aKeyAlreadyRetiredKeepsItsEarlierEnd() {
        SigningKey first = key(T0);
        SigningKey second = key(T0.plus(DAY));
        SigningKey third = key(T0.plus(DAY).plusSeconds(10));
        keys.rotate(first, T0, Instant.MIN);
        keys.rotate(second, T0.plus(DAY).plusSeconds(100), Instant.MAX);

        keys.rotate(third, T0.plus(DAY).plusSeconds(200), Instant.MAX);

        assertThat(keys.acceptedAt(T0.plus(DAY))).containsExactlyInAnyOrder(
                first.retiredUntil(T0.plus(DAY).plusSeconds(100)),
                second.retiredUntil(T0.plus(DAY).plusSeconds(200)),
                third);
    }

    @Test
    void aRotationWaitsUntilTheNewestKeyIsOldEnough() {
        keys.rotate(key(T0), T0, Instant.MIN);

        assertThat(keys.rotate(key(T0.plus(DAY)), T0.plus(DAY), T0)).isFalse();
        assertThat(keys.rotate(key(T0.plus(DAY)), T0.plus(DAY), T0.plusNanos(1000))).isTrue();
        assertThat(keys.acceptedAt(T0)).hasSize(2);
    }

    @Test
    void ofManyConcurrentRotationsExactlyOneWins() throws Exception {
        keys.rotate(key(T0), T0, Instant.MIN);

        List<Boolean> outcomes = Concurrently.run(THREADS,
                i -> keys.rotate(key(T0.plus(DAY)), T0.plus(DAY).plusSeconds(3600), T0.plusSeconds(1)));

        assertThat(outcomes).containsOnlyOnce(true).hasSize(THREADS);
        assertThat(keys.acceptedAt(T0)).hasSize(2);
    }

    @Test
    void ofManyConcurrentFirstKeysExactlyOneIsKept() throws Exception {
        List<Boolean> outcomes = Concurrently.run(THREADS, i -> keys.rotate(key(T0), T0, Instant.MIN));

        assertThat(outcomes).containsOnlyOnce(true).hasSize(THREADS);
        assertThat(keys.acceptedAt(T0)).hasSize(1);
    }
}
