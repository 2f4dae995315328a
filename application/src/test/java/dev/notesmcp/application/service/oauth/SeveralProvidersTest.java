package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.in.oauth.CompleteLoginUseCase;
import dev.notesmcp.application.port.in.oauth.DecideConsentUseCase;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.AskConsent;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.RedirectToLogin;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.SignInOption;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.Step;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.CodeChallenge;
import dev.notesmcp.domain.oauth.RegisteredClient;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.notesmcp.application.port.out.OAuthFixtures.REDIRECT_URI;
import static dev.notesmcp.application.port.out.OAuthFixtures.freshVerifier;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.callback;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.query;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.redirectParameters;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.shownError;
import static org.assertj.core.api.Assertions.assertThat;

/** Several identity providers: the user picks one on the consent page; its callback, and only its, completes. */
class SeveralProvidersTest {

    private final FakeUpstreamIdentityProvider alpha = new FakeUpstreamIdentityProvider("alpha");
    private final FakeUpstreamIdentityProvider beta = new FakeUpstreamIdentityProvider("beta");
    private final AuthorizationServerFixture server = new AuthorizationServerFixture(alpha, beta);
    private final RegisteredClient client = server.publicClient();

    private AskConsent askConsent() {
        Step step = server.start.start(new StartAuthorizationUseCase.Command(Optional.of(client.id().value()),
                Optional.of(REDIRECT_URI), Optional.of("code"),
                Optional.of(CodeChallenge.s256(freshVerifier()).value()), Optional.of("S256"), Optional.empty(),
                Optional.of("st"), Optional.empty()));
        assertThat(step).isInstanceOf(AskConsent.class);
        return (AskConsent) step;
    }

    private Step approve(AskConsent ask, Optional<String> provider) {
        return server.consent.decide(new DecideConsentUseCase.Command(ask.pendingId(), ask.csrfToken(),
                Optional.of(ask.csrfToken()), true, provider));
    }

    private RedirectToLogin continueWith(String provider) {
        Step step = approve(askConsent(), Optional.of(provider));
        assertThat(step).isInstanceOf(RedirectToLogin.class);
        return (RedirectToLogin) step;
    }

    private static CompleteLoginUseCase.Command backAt(String provider, RedirectToLogin login) {
        return new CompleteLoginUseCase.Command(provider, Optional.of(login.loginState()),
                Optional.of(login.loginState()), Optional.of("code-1"), Optional.empty());
    }

    @Test
    void theConsentPageOffersEveryProviderInTheConfiguredOrder() {
        AskConsent ask = askConsent();

        assertThat(ask.signInOptions()).containsExactly(new SignInOption("alpha", "Fake alpha"),
                new SignInOption("beta", "Fake beta"));
        assertThat(ask.offersAChoice()).isTrue();
    }

    @Test
    void continuingWithTheSecondProviderSendsTheBrowserThereWithItsOwnCallback() {
        RedirectToLogin login = continueWith("beta");

        assertThat(query(login.location())).containsEntry("provider", "beta")
                .containsEntry("redirect_uri", callback("beta").toString());
        assertThat(server.pending.takeForLogin(login.loginState()).orElseThrow().signIn())
                .hasValueSatisfying(signIn -> assertThat(signIn.provider()).isEqualTo("beta"));
    }

    @Test
    void theChosenProvidersCallbackCompletesTheLoginThroughThatProviderOnly() {
        beta.answers(beta.identifies("77", "bea"));
        RedirectToLogin login = continueWith("beta");

        Step step = server.login.complete(backAt("beta", login));

        assertThat(redirectParameters(step)).containsKey("code");
        assertThat(beta.identifiedCallbacks).containsExactly(callback("beta"));
        assertThat(alpha.identifiedCodes).isEmpty();
        assertThat(server.grants.size()).isEqualTo(1);
        assertThat(server.consents.find(new UserId("beta:77"), client.id())).isPresent();
    }

    @Test
    void aLoginAnsweredOnAnotherProvidersCallbackIsRefusedAndSpentAndStoresNothing() {
        RedirectToLogin login = continueWith("beta");

        String message = shownError(server.login.complete(backAt("alpha", login)));

        assertThat(message).contains("Fake beta").contains("another provider");
        assertThat(alpha.identifiedCodes).isEmpty();
        assertThat(beta.identifiedCodes).isEmpty();
        assertThat(server.grants.size()).isZero();
        assertThat(server.codes.size()).isZero();
        assertThat(server.consents.size()).isZero();
        shownError(server.login.complete(backAt("beta", login)));
        assertThat(beta.identifiedCodes).isEmpty();
    }

    @Test
    void aCallbackOfAProviderThatIsNotConfiguredIsRefusedLikeAnyOtherMismatch() {
        RedirectToLogin login = continueWith("alpha");

        shownError(server.login.complete(backAt("gamma", login)));

        assertThat(alpha.identifiedCodes).isEmpty();
        assertThat(server.grants.size()).isZero();
    }

    @Test
    void anApprovalThatNamesNoProviderWhenThereIsAChoiceIsRefusedAndSpent() {
        AskConsent ask = askConsent();

        assertThat(shownError(approve(ask, Optional.empty()))).contains("Choose how to sign in");
        assertThat(server.pending.waitingForLogin()).isZero();
        shownError(approve(ask, Optional.of("alpha")));
    }

    @Test
    void anApprovalNamingAnUnknownProviderIsRefused() {
        assertThat(shownError(approve(askConsent(), Optional.of("gamma")))).contains("no sign-in by that name");
        assertThat(server.pending.waitingForLogin()).isZero();
    }

    @Test
    void aDenialNeedsNoProvider() {
        AskConsent ask = askConsent();

        Step step = server.consent.decide(new DecideConsentUseCase.Command(ask.pendingId(), ask.csrfToken(),
                Optional.of(ask.csrfToken()), false));

        assertThat(redirectParameters(step)).containsEntry("error", "access_denied");
    }
}
