package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.in.oauth.ClientCredentials;
import dev.notesmcp.application.port.in.oauth.CompleteLoginUseCase.Command;
import dev.notesmcp.application.port.in.oauth.DecideConsentUseCase;
import dev.notesmcp.application.port.in.oauth.ExchangeTokenUseCase.AuthorizationCodeRequest;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.AskConsent;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.RedirectToClient;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.RedirectToLogin;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.ReturnWithError;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.Step;
import dev.notesmcp.application.port.in.oauth.TokenResponse;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider;
import dev.notesmcp.domain.identity.UpstreamIdentity;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.AuthorizationCode;
import dev.notesmcp.domain.oauth.CodeChallenge;
import dev.notesmcp.domain.oauth.CodeVerifier;
import dev.notesmcp.domain.oauth.Consent;
import dev.notesmcp.domain.oauth.Grant;
import dev.notesmcp.domain.oauth.OAuthErrorCode;
import dev.notesmcp.domain.oauth.OpaqueToken;
import dev.notesmcp.domain.oauth.PendingAuthorization;
import dev.notesmcp.domain.oauth.RegisteredClient;
import dev.notesmcp.domain.oauth.TokenHash;
import dev.notesmcp.domain.token.Scope;
import dev.notesmcp.domain.token.Scopes;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static dev.notesmcp.application.port.out.OAuthFixtures.REDIRECT_URI;
import static dev.notesmcp.application.port.out.OAuthFixtures.T0;
import static dev.notesmcp.application.port.out.OAuthFixtures.freshVerifier;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.CALLBACK;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.ISSUER;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.credentials;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.failed;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.issued;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.query;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.redirectParameters;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.shownError;
import static org.assertj.core.api.Assertions.assertThat;

class CompleteLoginServiceTest {

    private static final String STATE = "client-state-7";
    private static final String UPSTREAM_CODE = "upstream-one-time-code";
    private static final UserId OCTOCAT = UserId.of(FakeUpstreamIdentityProvider.NAME, "1");

    private final AuthorizationServerFixture server = new AuthorizationServerFixture();
    private final RegisteredClient client = server.publicClient();

    /** A login under way: the state our callback expects back, and the client's PKCE verifier. */
    private record LoginStarted(String state, CodeVerifier verifier) {
        Command callback(Optional<String> code, Optional<String> error) {
            return new Command(FakeUpstreamIdentityProvider.NAME, Optional.of(state), Optional.of(state), code, error);
        }

        Command callback() {
            return callback(Optional.of(UPSTREAM_CODE), Optional.empty());
        }
    }

    /** /authorize, then approval on the consent page, as the browser would. */
    private LoginStarted loginStarted(Optional<String> scope, Optional<String> clientState) {
        CodeVerifier verifier = freshVerifier();
        Step asked = server.start.start(new StartAuthorizationUseCase.Command(Optional.of(client.id().value()),
                Optional.of(REDIRECT_URI), Optional.of("code"), Optional.of(CodeChallenge.s256(verifier).value()),
                Optional.of("S256"), scope, clientState, Optional.empty()));
        assertThat(asked).isInstanceOf(AskConsent.class);
        AskConsent ask = (AskConsent) asked;
        Step approved = server.consent.decide(new DecideConsentUseCase.Command(ask.pendingId(), ask.csrfToken(),
                Optional.of(ask.csrfToken()), true));
        assertThat(approved).isInstanceOf(RedirectToLogin.class);
        return new LoginStarted(((RedirectToLogin) approved).loginState(), verifier);
    }

    private LoginStarted loginStarted() {
        return loginStarted(Optional.empty(), Optional.of(STATE));
    }

    private LoginStarted loginStarted(Scopes scopes) {
        return loginStarted(Optional.of(scopes.asString()), Optional.of(STATE));
    }

    private String issuedCode(Step step) {
        Map<String, String> parameters = redirectParameters(step);
        assertThat(parameters).containsKey("code");
        return parameters.get("code");
    }

    private AuthorizationCode storedCode(String code) {
        return server.codes.peek(TokenHash.of(code)).orElseThrow();
    }

    private void assertNothingIssued() {
        assertThat(server.grants.size()).as("grants").isZero();
        assertThat(server.codes.size()).as("codes").isZero();
        assertThat(server.consents.size()).as("consents").isZero();
    }

    // ---- success

    @Test
    void aCompletedLoginAnswersTheClientWithACodeItsStateAndOurIssuer() {
        LoginStarted login = loginStarted();

        Step step = server.login.complete(login.callback());

        assertThat(step).isInstanceOf(RedirectToClient.class);
        assertThat(((RedirectToClient) step).location().toString()).startsWith(REDIRECT_URI + "&code=");
        assertThat(redirectParameters(step)).containsOnlyKeys("tenant", "code", "state", "iss")
                .containsEntry("state", STATE).containsEntry("iss", ISSUER);
        assertThat(server.upstream.identifiedCodes).containsExactly(UPSTREAM_CODE);
        assertThat(server.upstream.identifiedCallbacks).containsExactly(CALLBACK);
    }

    /** One commit on PostgreSQL (DurableWrites); the code, in a short-lived store, only once both are stored. */
    @Test
    void theConsentAndTheGrantAreWrittenTogetherAndTheCodeAfterThem() {
        LoginStarted login = loginStarted();

        issuedCode(server.login.complete(login.callback()));

        assertThat(server.writes.units()).containsExactly(new FakeDurableWrites.Unit(
                "consents 0, grants 0, access tokens 0, refresh tokens 0, codes 0",
                "consents 1, grants 1, access tokens 0, refresh tokens 0, codes 0"));
        assertThat(server.codes.size()).isEqualTo(1);
    }

    @Test
    void withoutAClientStateTheCodeComesAlone() {
        LoginStarted login = loginStarted(Optional.empty(), Optional.empty());

        assertThat(redirectParameters(server.login.complete(login.callback()))).doesNotContainKey("state");
    }

    @Test
    void theCodeIsStoredByHashForTheSignedInUserAndTheRequest() {
        LoginStarted login = loginStarted(Scopes.of(Scope.NOTES_READ));
        server.clock.advance(Duration.ofMinutes(2));

        String code = issuedCode(server.login.complete(login.callback()));

        assertThat(server.codes.peek(new TokenHash(code))).as("stored under the raw value").isEmpty();
        AuthorizationCode stored = storedCode(code);
        assertThat(stored.client()).isEqualTo(client.id());
        assertThat(stored.redirectUri()).isEqualTo(REDIRECT_URI);
        assertThat(stored.challenge()).isEqualTo(CodeChallenge.s256(login.verifier()));
        assertThat(stored.user()).isEqualTo(OCTOCAT);
        assertThat(stored.login()).isEqualTo("octocat");
        assertThat(stored.scopes()).isEqualTo(Scopes.of(Scope.NOTES_READ));
        assertThat(stored.expiresAt()).isEqualTo(server.clock.instant().plus(AuthorizationCode.LIFETIME));
        assertThat(stored.redeemedAt()).isEmpty();
    }

    @Test
    void aGrantStartsForTheUserTheClientAndTheScopes() {
        LoginStarted login = loginStarted(Scopes.of(Scope.NOTES_WRITE));

        String code = issuedCode(server.login.complete(login.callback()));

        Grant grant = server.grants.find(storedCode(code).grant()).orElseThrow();
        assertThat(grant.user()).isEqualTo(OCTOCAT);
        assertThat(grant.login()).isEqualTo("octocat");
        assertThat(grant.client()).isEqualTo(client.id());
        assertThat(grant.scopes()).isEqualTo(Scopes.of(Scope.NOTES_WRITE));
        assertThat(grant.createdAt()).isEqualTo(T0);
        assertThat(grant.isActive()).isTrue();
    }

    @Test
    void everyLoginStartsItsOwnGrant() {
        String first = issuedCode(server.login.complete(loginStarted().callback()));
        String second = issuedCode(server.login.complete(loginStarted().callback()));

        assertThat(storedCode(second).grant()).isNotEqualTo(storedCode(first).grant());
        assertThat(server.grants.size()).isEqualTo(2);
    }

    @Test
    void theConsentIsRememberedForTheUserAndClient() {
        LoginStarted login = loginStarted(Scopes.of(Scope.NOTES_READ));
        server.clock.advance(Duration.ofMinutes(1));

        server.login.complete(login.callback());

        assertThat(server.consents.find(OCTOCAT, client.id()))
                .contains(new Consent(OCTOCAT, client.id(), Scopes.of(Scope.NOTES_READ), server.clock.instant()));
    }

    @Test
    void aSecondApprovalWidensTheRememberedConsent() {
        server.login.complete(loginStarted(Scopes.of(Scope.NOTES_READ)).callback());
        server.clock.advance(Duration.ofDays(1));

        server.login.complete(loginStarted(Scopes.of(Scope.NOTES_WRITE)).callback());

        Consent consent = server.consents.find(OCTOCAT, client.id()).orElseThrow();
        assertThat(consent.scopes()).isEqualTo(Scopes.all());
        assertThat(consent.grantedAt()).isEqualTo(server.clock.instant());
    }

    @Test
    void consentsOfDifferentUsersAreKeptApart() {
        server.login.complete(loginStarted(Scopes.of(Scope.NOTES_READ)).callback());
        server.upstream.answers(FakeUpstreamIdentityProvider.identified("2", "hubot"));

        server.login.complete(loginStarted(Scopes.of(Scope.NOTES_WRITE)).callback());

        assertThat(server.consents.find(OCTOCAT, client.id()).orElseThrow().scopes())
                .isEqualTo(Scopes.of(Scope.NOTES_READ));
        assertThat(server.consents.find(UserId.of(FakeUpstreamIdentityProvider.NAME, "2"), client.id())
                .orElseThrow().scopes()).isEqualTo(Scopes.of(Scope.NOTES_WRITE));
    }

    @Test
    void theCodeFromTheCallbackBuysTokensForTheSignedInUser() {
        LoginStarted login = loginStarted();
        String code = issuedCode(server.login.complete(login.callback()));
        ClientCredentials asClient = credentials(client);

        TokenResponse tokens = issued(server.token.exchange(new AuthorizationCodeRequest(asClient, code, REDIRECT_URI,
                login.verifier().value(), Optional.empty())));

        assertThat(server.accessTokens.claims(tokens.accessToken()).subject()).isEqualTo(OCTOCAT);
        assertThat(server.accessTokens.claims(tokens.accessToken()).login()).isEqualTo("octocat");
        failed(server.token.exchange(new AuthorizationCodeRequest(asClient, code, REDIRECT_URI,
                login.verifier().value(), Optional.empty())), OAuthErrorCode.INVALID_GRANT);
    }

    // ---- callbacks that are not ours, or not for this browser

    @Test
    void aCallbackWithoutStateIsShownAsAnError() {
        loginStarted();

        shownError(server.login.complete(new Command(FakeUpstreamIdentityProvider.NAME, Optional.empty(), Optional.empty(), Optional.of(UPSTREAM_CODE),
                Optional.empty())));

        assertThat(server.upstream.identifiedCodes).isEmpty();
        assertNothingIssued();
    }

    @Test
    void aCallbackInABrowserWithoutOurCookieIsRefusedAndLeavesTheLoginToItsOwner() {
        LoginStarted login = loginStarted();

        shownError(server.login.complete(new Command(FakeUpstreamIdentityProvider.NAME, Optional.of(login.state()), Optional.empty(),
                Optional.of(UPSTREAM_CODE), Optional.empty())));
        shownError(server.login.complete(new Command(FakeUpstreamIdentityProvider.NAME, Optional.of(login.state()),
                Optional.of(OpaqueToken.random().value()), Optional.of(UPSTREAM_CODE), Optional.empty())));
        shownError(server.login.complete(new Command(FakeUpstreamIdentityProvider.NAME, Optional.of(login.state()), Optional.of(login.state() + "x"),
                Optional.of(UPSTREAM_CODE), Optional.empty())));

        assertThat(server.upstream.identifiedCodes).isEmpty();
        assertNothingIssued();
        issuedCode(server.login.complete(login.callback()));
    }

    @Test
    void aCookieFromAnotherLoginDoesNotMatch() {
        LoginStarted mine = loginStarted();
        LoginStarted theirs = loginStarted();

        shownError(server.login.complete(new Command(FakeUpstreamIdentityProvider.NAME, Optional.of(theirs.state()), Optional.of(mine.state()),
                Optional.of(UPSTREAM_CODE), Optional.empty())));

        assertNothingIssued();
    }

    @Test
    void aReplayedStateIsShownAsAnError() {
        LoginStarted login = loginStarted();
        issuedCode(server.login.complete(login.callback()));

        shownError(server.login.complete(login.callback()));

        assertThat(server.upstream.identifiedCodes).hasSize(1);
        assertThat(server.codes.size()).isEqualTo(1);
    }

    @Test
    void anUnknownStateIsShownAsAnError() {
        loginStarted();
        String forged = OpaqueToken.random().value();

        shownError(server.login.complete(new Command(FakeUpstreamIdentityProvider.NAME, Optional.of(forged), Optional.of(forged),
                Optional.of(UPSTREAM_CODE), Optional.empty())));

        assertThat(server.upstream.identifiedCodes).isEmpty();
        assertNothingIssued();
    }

    @Test
    void aLoginFinishedAfterTheRequestExpiredIsShownAsAnError() {
        LoginStarted login = loginStarted();
        server.clock.advance(PendingAuthorization.LIFETIME);

        shownError(server.login.complete(login.callback()));

        assertThat(server.upstream.identifiedCodes).isEmpty();
        assertNothingIssued();
    }

    // ---- what the upstream provider says

    @Test
    void anUpstreamErrorAnswersTheClientWithAccessDenied() {
        LoginStarted login = loginStarted();

        Step step = server.login.complete(login.callback(Optional.empty(), Optional.of("access_denied")));

        assertThat(redirectParameters(step)).containsEntry("error", "access_denied")
                .containsEntry("state", STATE)
                .containsEntry("iss", ISSUER)
                .doesNotContainKey("code");
        assertThat(server.upstream.identifiedCodes).isEmpty();
        assertNothingIssued();
        shownError(server.login.complete(login.callback()));
    }

    @Test
    void anUpstreamErrorWinsOverACodeSentAlongsideIt() {
        LoginStarted login = loginStarted();

        Step step = server.login.complete(login.callback(Optional.of(UPSTREAM_CODE), Optional.of("server_error")));

        assertThat(redirectParameters(step)).containsEntry("error", "access_denied");
        assertThat(server.upstream.identifiedCodes).isEmpty();
        assertNothingIssued();
    }

    @Test
    void anUpstreamFailureIsExplainedOnOurPageWhoseLinkTellsTheClientServerError() {
        LoginStarted login = loginStarted();
        server.upstream.answers(new UpstreamIdentityProvider.Failed("GitHub could not be reached. Please try again."));

        Step step = server.login.complete(login.callback());

        ReturnWithError explained = returnedWithError(step);
        assertThat(explained.message()).isEqualTo("GitHub could not be reached. Please try again.");
        assertThat(explained.location().toString()).startsWith(REDIRECT_URI + "&error=server_error&");
        assertThat(query(explained.location())).containsEntry("error", "server_error")
                .containsEntry("state", STATE).containsEntry("iss", ISSUER).doesNotContainKey("code");
        assertNothingIssued();
    }

    @Test
    void aUserTheProviderRefusesIsExplainedOnOurPageWhoseLinkTellsTheClientAccessDenied() {
        LoginStarted login = loginStarted();
        server.upstream.answers(new UpstreamIdentityProvider.Refused("You are not a member of an allowed organisation."));

        Step step = server.login.complete(login.callback());

        ReturnWithError explained = returnedWithError(step);
        assertThat(explained.message()).isEqualTo("You are not a member of an allowed organisation.");
        assertThat(query(explained.location())).containsEntry("error", "access_denied")
                .containsEntry("state", STATE).containsEntry("iss", ISSUER).containsEntry("tenant", "a b")
                .doesNotContainKey("code");
        assertNothingIssued();
        shownError(server.login.complete(login.callback()));
    }

    @Test
    void theProviderIsGivenTheCodeTheParkedSignInAndItsCallback() {
        LoginStarted login = loginStarted();

        server.login.complete(login.callback());

        assertThat(server.upstream.identifiedSignIns).singleElement().satisfies(signIn -> {
            assertThat(signIn.provider()).isEqualTo(FakeUpstreamIdentityProvider.NAME);
            assertThat(signIn.state()).isEqualTo(login.state());
            assertThat(signIn.codeVerifier()).isNotEqualTo(login.verifier().value());
        });
    }

    @Test
    void anIdentityNamingAnotherProviderIsAFailureAndNothingIsStored() {
        LoginStarted login = loginStarted();
        server.upstream.answers(new UpstreamIdentityProvider.Identified(
                new UpstreamIdentity(new UserId("github:1"), "octocat")));

        Step step = server.login.complete(login.callback());

        assertThat(query(returnedWithError(step).location())).containsEntry("error", "server_error");
        assertNothingIssued();
    }

    private static ReturnWithError returnedWithError(Step step) {
        assertThat(step).isInstanceOf(ReturnWithError.class);
        return (ReturnWithError) step;
    }

    @Test
    void aCallbackWithNeitherCodeNorErrorIsShownAsAnError() {
        LoginStarted login = loginStarted();

        shownError(server.login.complete(login.callback(Optional.empty(), Optional.empty())));

        assertThat(server.upstream.identifiedCodes).isEmpty();
        assertNothingIssued();
    }
}
