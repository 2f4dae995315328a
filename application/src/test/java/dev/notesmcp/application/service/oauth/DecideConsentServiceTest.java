package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.in.oauth.DecideConsentUseCase.Command;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.AskConsent;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.RedirectToLogin;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.Step;
import dev.notesmcp.domain.identity.UpstreamSignIn;
import dev.notesmcp.domain.oauth.CodeChallenge;
import dev.notesmcp.domain.oauth.OpaqueToken;
import dev.notesmcp.domain.oauth.PendingAuthorization;
import dev.notesmcp.domain.oauth.RegisteredClient;
import dev.notesmcp.domain.oauth.TokenHash;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static dev.notesmcp.application.port.out.OAuthFixtures.REDIRECT_URI;
import static dev.notesmcp.application.port.out.OAuthFixtures.freshVerifier;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.CALLBACK;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.ISSUER;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.query;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.redirectParameters;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.shownError;
import static org.assertj.core.api.Assertions.assertThat;

class DecideConsentServiceTest {

    private static final String STATE = "client-state-42";

    private final AuthorizationServerFixture server = new AuthorizationServerFixture();
    private final RegisteredClient client = server.publicClient();

    /** Starts a sound authorization request; the consent page it would show. */
    private AskConsent askConsent() {
        Step step = server.start.start(new StartAuthorizationUseCase.Command(Optional.of(client.id().value()),
                Optional.of(REDIRECT_URI), Optional.of("code"),
                Optional.of(CodeChallenge.s256(freshVerifier()).value()), Optional.of("S256"), Optional.empty(),
                Optional.of(STATE), Optional.empty()));
        assertThat(step).isInstanceOf(AskConsent.class);
        return (AskConsent) step;
    }

    private Step decide(AskConsent ask, boolean approved) {
        return server.consent.decide(new Command(ask.pendingId(), ask.csrfToken(), Optional.of(ask.csrfToken()),
                approved));
    }

    /** A form with {@code formToken}, posted from a browser holding {@code cookie}. */
    private Step decide(AskConsent ask, String formToken, Optional<String> cookie, boolean approved) {
        return server.consent.decide(new Command(ask.pendingId(), formToken, cookie, approved));
    }

    private RedirectToLogin redirectedToLogin(Step step) {
        assertThat(step).isInstanceOf(RedirectToLogin.class);
        return (RedirectToLogin) step;
    }

    // ---- approval

    @Test
    void approvalSendsTheBrowserToTheUpstreamSignInWithFreshSecrets() {
        AskConsent ask = askConsent();

        RedirectToLogin login = redirectedToLogin(decide(ask, true));

        assertThat(login.location().toString()).startsWith(FakeUpstreamIdentityProvider.AUTHORIZE + "?");
        UpstreamSignIn signIn = parkedSignIn(login);
        Map<String, String> parameters = query(login.location());
        assertThat(parameters).containsEntry("state", login.loginState())
                .containsEntry("nonce", signIn.nonce())
                .containsEntry("code_challenge", signIn.codeChallenge())
                .containsEntry("redirect_uri", CALLBACK.toString());
        assertThat(login.loginState()).isEqualTo(signIn.state()).isNotEqualTo(STATE).isNotEqualTo(ask.csrfToken())
                .isNotEqualTo(ask.pendingId());
        assertThat(signIn.provider()).isEqualTo(FakeUpstreamIdentityProvider.NAME);
    }

    @Test
    void approvalParksTheRequestForLoginWithTheSignInItStarted() {
        AskConsent ask = askConsent();

        RedirectToLogin login = redirectedToLogin(decide(ask, true));

        PendingAuthorization parked = server.pending.takeForLogin(login.loginState()).orElseThrow();
        assertThat(parked.id()).isEqualTo(ask.pendingId());
        assertThat(parked.request().client()).isEqualTo(client.id());
        assertThat(parked.request().state()).contains(STATE);
        assertThat(parked.signIn()).hasValueSatisfying(signIn -> assertThat(signIn.state()).isEqualTo(login.loginState()));
        assertThat(server.pending.waitingForConsent()).isZero();
    }

    private UpstreamSignIn parkedSignIn(RedirectToLogin login) {
        PendingAuthorization parked = server.pending.takeForLogin(login.loginState()).orElseThrow();
        server.pending.awaitLogin(parked);
        return parked.signIn().orElseThrow();
    }

    @Test
    void everyApprovalGetsItsOwnSecrets() {
        UpstreamSignIn first = parkedSignIn(redirectedToLogin(decide(askConsent(), true)));
        UpstreamSignIn second = parkedSignIn(redirectedToLogin(decide(askConsent(), true)));

        assertThat(second.state()).isNotEqualTo(first.state());
        assertThat(second.nonce()).isNotEqualTo(first.nonce());
        assertThat(second.codeVerifier()).isNotEqualTo(first.codeVerifier());
    }

    @Test
    void withOneProviderThePageOffersItAndAFormNamingItCountsToo() {
        AskConsent ask = askConsent();

        assertThat(ask.signInOptions()).containsExactly(new StartAuthorizationUseCase.SignInOption(
                FakeUpstreamIdentityProvider.NAME, "Fake " + FakeUpstreamIdentityProvider.NAME));
        assertThat(ask.offersAChoice()).isFalse();
        RedirectToLogin login = redirectedToLogin(server.consent.decide(new Command(ask.pendingId(), ask.csrfToken(),
                Optional.of(ask.csrfToken()), true, Optional.of(FakeUpstreamIdentityProvider.NAME))));
        assertThat(parkedSignIn(login).provider()).isEqualTo(FakeUpstreamIdentityProvider.NAME);
    }

    @Test
    void approvalJustBeforeTheRequestExpiresStillCounts() {
        AskConsent ask = askConsent();
        server.clock.advance(PendingAuthorization.LIFETIME.minusSeconds(1));

        redirectedToLogin(decide(ask, true));
    }

    // ---- denial

    @Test
    void denialAnswersTheClientWithAccessDenied() {
        AskConsent ask = askConsent();

        Step step = decide(ask, false);

        assertThat(redirectParameters(step)).containsEntry("error", "access_denied")
                .containsEntry("state", STATE)
                .containsEntry("iss", ISSUER)
                .containsEntry("tenant", "a b");
        assertThat(server.pending.waitingForLogin()).isZero();
        assertThat(server.pending.waitingForConsent()).isZero();
    }

    // ---- forms that do not count

    @Test
    void aWrongCsrfTokenIsShownAsAnErrorAndSpendsTheRequest() {
        AskConsent ask = askConsent();

        Step forged = decide(ask, OpaqueToken.random().value(), Optional.of(ask.csrfToken()), true);

        assertThat(shownError(forged)).isNotBlank();
        assertThat(server.pending.waitingForLogin()).isZero();
        assertThat(decide(ask, true)).as("the genuine form after a forged one").isInstanceOf(StartAuthorizationUseCase.ShowError.class);
    }

    @Test
    void aForgedDenialIsNotSentToTheClient() {
        AskConsent ask = askConsent();

        Step forged = decide(ask, "", Optional.empty(), false);

        shownError(forged);
    }

    @Test
    void aFormPostedWithoutTheConsentCookieIsShownAsAnErrorAndSpendsTheRequest() {
        AskConsent ask = askConsent();

        shownError(decide(ask, ask.csrfToken(), Optional.empty(), true));

        assertThat(server.pending.waitingForLogin()).isZero();
        shownError(decide(ask, true));
    }

    @Test
    void aCookieThatIsNotThisPagesTokenIsShownAsAnError() {
        AskConsent ask = askConsent();
        AskConsent otherPage = askConsent();

        shownError(decide(ask, ask.csrfToken(), Optional.of(otherPage.csrfToken()), true));
        shownError(decide(otherPage, otherPage.csrfToken(), Optional.of(""), true));

        assertThat(server.pending.waitingForLogin()).isZero();
    }

    /** Cross-site request forgery: the attacker's own page and token, posted from the victim's browser. */
    @Test
    void anAttackersFormPostedFromTheVictimsBrowserIsShownAsAnError() {
        AskConsent attackers = askConsent();
        AskConsent victims = askConsent();

        shownError(decide(attackers, attackers.csrfToken(), Optional.of(victims.csrfToken()), true));

        assertThat(server.pending.waitingForLogin()).isZero();
        redirectedToLogin(decide(victims, true));
    }

    @Test
    void neitherTheCsrfHashNorAnotherRequestsTokenIsAccepted() {
        AskConsent ask = askConsent();
        AskConsent other = askConsent();
        AskConsent third = askConsent();
        String hash = TokenHash.of(ask.csrfToken()).value();

        shownError(decide(ask, hash, Optional.of(hash), true));
        shownError(decide(third, other.csrfToken(), Optional.of(other.csrfToken()), true));

        assertThat(server.pending.waitingForLogin()).isZero();
        redirectedToLogin(decide(other, true));
    }

    @Test
    void anUnknownRequestIsShownAsAnError() {
        askConsent();

        String token = OpaqueToken.random().value();

        shownError(server.consent.decide(new Command(UUID.randomUUID().toString(), token, Optional.of(token), true)));
    }

    @Test
    void anExpiredRequestIsShownAsAnError() {
        AskConsent ask = askConsent();
        server.clock.advance(PendingAuthorization.LIFETIME);

        shownError(decide(ask, true));
        assertThat(server.pending.waitingForLogin()).isZero();
    }

    @Test
    void anAnsweredRequestCannotBeAnsweredAgain() {
        AskConsent approved = askConsent();
        AskConsent denied = askConsent();
        decide(approved, true);
        decide(denied, false);

        shownError(decide(approved, true));
        shownError(decide(approved, false));
        shownError(decide(denied, true));
        assertThat(server.pending.waitingForLogin()).isEqualTo(1);
    }

    @Test
    void aReplayedFormLongAfterIsStillRefused() {
        AskConsent ask = askConsent();
        decide(ask, true);
        server.clock.advance(Duration.ofMinutes(1));

        shownError(decide(ask, true));
    }
}
