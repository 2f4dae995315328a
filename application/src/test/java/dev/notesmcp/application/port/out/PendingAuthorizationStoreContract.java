package dev.notesmcp.application.port.out;

import dev.notesmcp.domain.identity.UpstreamSignIn;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.OpaqueToken;
import dev.notesmcp.domain.oauth.PendingAuthorization;
import dev.notesmcp.domain.oauth.TokenHash;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.notesmcp.application.port.out.OAuthFixtures.T0;
import static dev.notesmcp.application.port.out.OAuthFixtures.pending;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link PendingAuthorizationStore} must do: each step takes a request out at most
 * once, even under concurrent callers, and a request waiting for login is found by its upstream
 * state only (kept as a hash: each store's own test checks the raw state is nowhere) and comes back
 * with its whole sign-in. A store's test extends this class and supplies {@link #newStore(Clock)}, driven by
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

    private PendingAuthorization awaitingLogin() {
        PendingAuthorization request = pending(clock.instant()).signingInWith(UpstreamSignIn.start("github"));
        store.awaitLogin(request);
        return request;
    }

    private static String stateOf(PendingAuthorization request) {
        return request.signIn().orElseThrow().state();
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
    void takesARequestForLoginByItsStateWithTheWholeSignIn() {
        PendingAuthorization request = awaitingLogin();

        assertThat(store.takeForLogin(stateOf(request))).contains(request);
    }

    @Test
    void keepsThePresumedUserBesideTheSignIn() {
        UserId remembered = UserId.of("gitlab", "42");
        PendingAuthorization base = pending(clock.instant());
        PendingAuthorization request = new PendingAuthorization(base.id(), base.request(), base.csrfHash(),
                base.expiresAt(), Optional.of(remembered), Optional.of(UpstreamSignIn.start("gitlab")));
        store.awaitLogin(request);

        assertThat(store.takeForLogin(stateOf(request))).contains(request);
    }

    @Test
    void aRequestIsTakenForLoginOnlyOnce() {
        PendingAuthorization request = awaitingLogin();
        store.takeForLogin(stateOf(request));

        assertThat(store.takeForLogin(stateOf(request))).isEmpty();
    }

    @Test
    void anUnknownStateIsTakenForNothing() {
        awaitingLogin();

        assertThat(store.takeForLogin(OpaqueToken.random().value())).isEmpty();
        assertThat(store.takeForLogin("")).isEmpty();
    }

    @Test
    void aLoginIsNotFoundByTheHashOfItsStateNorByItsOtherSecrets() {
        PendingAuthorization request = awaitingLogin();
        UpstreamSignIn signIn = request.signIn().orElseThrow();

        assertThat(store.takeForLogin(TokenHash.of(signIn.state()).value())).isEmpty();
        assertThat(store.takeForLogin(signIn.nonce())).isEmpty();
        assertThat(store.takeForLogin(signIn.codeVerifier())).isEmpty();
        assertThat(store.takeForLogin(request.id())).isEmpty();
        assertThat(store.takeForLogin(stateOf(request))).contains(request);
    }

    @Test
    void aRequestWithoutASignInCannotWaitForLogin() {
        assertThatThrownBy(() -> store.awaitLogin(pending(clock.instant())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRequestTakenForConsentAndParkedForLoginCannotBeTakenForConsentAgain() {
        PendingAuthorization request = awaitingConsent();
        PendingAuthorization taken = store.takeForConsent(request.id()).orElseThrow();
        PendingAuthorization signingIn = taken.signingInWith(UpstreamSignIn.start("dev"));

        store.awaitLogin(signingIn);

        assertThat(store.takeForConsent(request.id())).isEmpty();
        assertThat(store.takeForLogin(stateOf(signingIn))).contains(signingIn);
    }

    @Test
    void aRequestWaitingForLoginIsNotFoundUnderItsId() {
        PendingAuthorization request = awaitingLogin();

        assertThat(store.takeForConsent(request.id())).isEmpty();
        assertThat(store.takeForLogin(stateOf(request))).contains(request);
    }

    // ---- time

    @Test
    void aRequestWithinItsLifetimeSurvivesTimeAndLaterArrivals() {
        PendingAuthorization forConsent = awaitingConsent();
        PendingAuthorization forLogin = awaitingLogin();

        clock.advance(PendingAuthorization.LIFETIME.minus(Duration.ofSeconds(1)));
        awaitingConsent();
        awaitingLogin();

        assertThat(store.takeForConsent(forConsent.id())).contains(forConsent);
        assertThat(store.takeForLogin(stateOf(forLogin))).contains(forLogin);
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
            PendingAuthorization request = awaitingLogin();

            List<Optional<PendingAuthorization>> taken = Concurrently.run(THREADS,
                    i -> store.takeForLogin(stateOf(request)));

            assertThat(taken.stream().flatMap(Optional::stream)).containsExactly(request);
        }
    }

    @Test
    void concurrentlyParkedRequestsAreAllKept() throws Exception {
        List<PendingAuthorization> parked = Concurrently.run(THREADS, i -> awaitingConsent());

        parked.forEach(request -> assertThat(store.takeForConsent(request.id())).contains(request));
    }
}
