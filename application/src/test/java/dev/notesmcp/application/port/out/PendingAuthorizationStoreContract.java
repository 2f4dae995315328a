package dev.notesmcp.application.port.out;

import dev.notesmcp.domain.oauth.OpaqueToken;
import dev.notesmcp.domain.oauth.PendingAuthorization;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.notesmcp.application.port.out.OAuthFixtures.T0;
import static dev.notesmcp.application.port.out.OAuthFixtures.pending;
import static dev.notesmcp.application.port.out.OAuthFixtures.rawValueAsHash;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link PendingAuthorizationStore} must do: each step takes a request out at most
 * once, even under concurrent callers, and a request waiting for login is found only by the hash
 * of our state. A store's test extends this class and supplies {@link #newStore(Clock)}, driven by
 * the test's clock; every test uses fresh ids and states.
 */
public abstract class PendingAuthorizationStoreContract {

    private static final int THREADS = 50;

    protected final MutableClock clock = new MutableClock(T0);
    protected PendingAuthorizationStore store;

    /** The store under test, reading the time from {@code clock}; may be shared between tests. */
    protected abstract PendingAuthorizationStore newStore(Clock clock);

    @BeforeEach
    void createStore() {
        store = newStore(clock);
    }

    private PendingAuthorization awaitingConsent() {
        PendingAuthorization request = pending(clock.instant());
        store.awaitConsent(request);
        return request;
    }

    private PendingAuthorization awaitingLogin(OpaqueToken state) {
        PendingAuthorization request = pending(clock.instant());
        store.awaitLogin(state.hash(), request);
        return request;
    }

    // ---- consent

    @Test
    void takesARequestForConsentExactlyAsParked() {
        PendingAuthorization request = awaitingConsent();

        assertThat(store.takeForConsent(request.id())).contains(request);
    }

    @Test
    void aRequestIsTakenForConsentOnlyOnce() {
        PendingAuthorization request = awaitingConsent();
        store.takeForConsent(request.id());

        assertThat(store.takeForConsent(request.id())).isEmpty();
    }

    @Test
    void anUnknownIdIsTakenForNothing() {
        awaitingConsent();

        assertThat(store.takeForConsent(UUID.randomUUID().toString())).isEmpty();
    }

    @Test
    void requestsAreTakenIndependently() {
        PendingAuthorization first = awaitingConsent();
        PendingAuthorization second = awaitingConsent();

        store.takeForConsent(first.id());

        assertThat(store.takeForConsent(second.id())).contains(second);
    }

    // ---- login

    @Test
    void takesARequestForLoginByTheHashOfTheState() {
        OpaqueToken state = OpaqueToken.random();
        PendingAuthorization request = awaitingLogin(state);

        assertThat(store.takeForLogin(state.hash())).contains(request);
    }

    @Test
    void aRequestIsTakenForLoginOnlyOnce() {
        OpaqueToken state = OpaqueToken.random();
        awaitingLogin(state);
        store.takeForLogin(state.hash());

        assertThat(store.takeForLogin(state.hash())).isEmpty();
    }

    @Test
    void anUnknownStateIsTakenForNothing() {
        awaitingLogin(OpaqueToken.random());

        assertThat(store.takeForLogin(OpaqueToken.random().hash())).isEmpty();
    }

    @Test
    void aLoginIsFoundByTheStatesHashNotByTheStateItself() {
        OpaqueToken state = OpaqueToken.random();
        PendingAuthorization request = awaitingLogin(state);

        assertThat(store.takeForLogin(rawValueAsHash(state))).isEmpty();
        assertThat(store.takeForLogin(state.hash())).contains(request);
    }

    @Test
    void aRequestTakenForConsentAndParkedForLoginCannotBeTakenForConsentAgain() {
        PendingAuthorization request = awaitingConsent();
        PendingAuthorization taken = store.takeForConsent(request.id()).orElseThrow();
        OpaqueToken state = OpaqueToken.random();

        store.awaitLogin(state.hash(), taken);

        assertThat(store.takeForConsent(request.id())).isEmpty();
        assertThat(store.takeForLogin(state.hash())).contains(request);
    }

    @Test
    void aRequestWaitingForLoginIsNotFoundUnderItsId() {
        OpaqueToken state = OpaqueToken.random();
        PendingAuthorization request = awaitingLogin(state);

        assertThat(store.takeForConsent(request.id())).isEmpty();
        assertThat(store.takeForLogin(state.hash())).contains(request);
    }

    // ---- time

    @Test
    void aRequestWithinItsLifetimeSurvivesTimeAndLaterArrivals() {
        PendingAuthorization forConsent = awaitingConsent();
        OpaqueToken state = OpaqueToken.random();
        PendingAuthorization forLogin = awaitingLogin(state);

        clock.advance(PendingAuthorization.LIFETIME.minus(Duration.ofSeconds(1)));
        awaitingConsent();
        awaitingLogin(OpaqueToken.random());

        assertThat(store.takeForConsent(forConsent.id())).contains(forConsent);
        assertThat(store.takeForLogin(state.hash())).contains(forLogin);
    }

    // ---- concurrency

    @Test
    void exactlyOneOfManyConcurrentConsentTakesGetsTheRequest() throws Exception {
        for (int round = 0; round < 5; round++) {
            PendingAuthorization request = awaitingConsent();

            List<Optional<PendingAuthorization>> taken = Concurrently.run(THREADS,
                    i -> store.takeForConsent(request.id()));

            assertThat(taken.stream().flatMap(Optional::stream)).containsExactly(request);
        }
    }

    @Test
    void exactlyOneOfManyConcurrentLoginTakesGetsTheRequest() throws Exception {
        for (int round = 0; round < 5; round++) {
            OpaqueToken state = OpaqueToken.random();
            PendingAuthorization request = awaitingLogin(state);

            List<Optional<PendingAuthorization>> taken = Concurrently.run(THREADS,
                    i -> store.takeForLogin(state.hash()));

            assertThat(taken.stream().flatMap(Optional::stream)).containsExactly(request);
        }
    }

    @Test
    void concurrentlyParkedRequestsAreAllKept() throws Exception {
        List<PendingAuthorization> parked = Concurrently.run(THREADS, i -> awaitingConsent());

        parked.forEach(request -> assertThat(store.takeForConsent(request.id())).contains(request));
    }
}
