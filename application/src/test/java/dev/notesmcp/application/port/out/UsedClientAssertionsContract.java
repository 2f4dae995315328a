package dev.notesmcp.application.port.out;

import dev.notesmcp.domain.oauth.TokenHash;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static dev.notesmcp.application.port.out.OAuthFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link UsedClientAssertions} must do: an assertion is accepted once, by exactly one
 * of any number of concurrent callers, and remembered at least until it expires. A store's test
 * extends this class and supplies {@link #newStore(Clock)}; every test uses fresh assertions.
 */
public abstract class UsedClientAssertionsContract {

    private static final int THREADS = 50;

    protected final MutableClock clock = new MutableClock(T0);
    protected UsedClientAssertions used;

    /** The store under test, reading the time from {@code clock}; may be shared between tests. */
    protected abstract UsedClientAssertions newStore(Clock clock);

    @BeforeEach
    void createStore() {
        used = newStore(clock);
    }

    private static TokenHash freshAssertion() {
        return TokenHash.of("https://app.example/client.json\n" + UUID.randomUUID());
    }

    private Instant expiry() {
        return clock.instant().plus(Duration.ofMinutes(5));
    }

    @Test
    void theFirstUseIsAcceptedAndEveryLaterOneIsAReplay() {
        TokenHash assertion = freshAssertion();

        assertThat(used.firstUse(assertion, expiry())).isTrue();
        assertThat(used.firstUse(assertion, expiry())).isFalse();
        assertThat(used.firstUse(assertion, expiry())).isFalse();
    }

    @Test
    void anotherAssertionIsNotAReplay() {
        used.firstUse(freshAssertion(), expiry());

        assertThat(used.firstUse(freshAssertion(), expiry())).isTrue();
    }

    @Test
    void anAssertionIsRememberedUntilItExpires() {
        TokenHash assertion = freshAssertion();
        Instant expiresAt = expiry();
        used.firstUse(assertion, expiresAt);

        clock.set(expiresAt.minusSeconds(1));

        assertThat(used.firstUse(assertion, expiresAt)).isFalse();
    }

    @Test
    void ofManyConcurrentUsesExactlyOneIsAccepted() throws Exception {
        TokenHash assertion = freshAssertion();
        Instant expiresAt = expiry();

        List<Boolean> outcomes = Concurrently.run(THREADS, i -> used.firstUse(assertion, expiresAt));

        assertThat(outcomes).containsOnlyOnce(true).hasSize(THREADS);
    }
}
