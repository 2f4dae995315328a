package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.in.oauth.CompleteLoginUseCase;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.AskConsent;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.Command;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.RedirectToClient;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.RedirectToLogin;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.ShowError;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.Step;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider;
import dev.notesmcp.domain.identity.UpstreamIdentity;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.CodeChallenge;
import dev.notesmcp.domain.oauth.Consent;
import dev.notesmcp.domain.oauth.RegisteredClient;
import dev.notesmcp.domain.token.Scope;
import dev.notesmcp.domain.token.Scopes;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.notesmcp.application.port.out.OAuthFixtures.T0;
import static dev.notesmcp.application.port.out.OAuthFixtures.freshVerifier;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.RESOURCE;
import static org.assertj.core.api.Assertions.assertThat;

/** A returning user of a client they already allowed is not asked again; anyone else is. */
class RememberedConsentTest {

    private static final String REDIRECT_URI = "http://127.0.0.1/oauth/callback";
    private static final UserId ALICE = UserId.of(FakeUpstreamIdentityProvider.NAME, "1");
    private static final UserId BOB = UserId.of(FakeUpstreamIdentityProvider.NAME, "2");

    private final FakeUpstreamIdentityProvider other = new FakeUpstreamIdentityProvider("other");
    private final AuthorizationServerFixture server = new AuthorizationServerFixture(new FakeUpstreamIdentityProvider(),
            other);
    private final RegisteredClient client = server.publicClient(Scopes.all(), REDIRECT_URI);

    private Step authorize(String scope, Optional<UserId> remembered) {
        return server.start.start(new Command(Optional.of(client.id().value()), Optional.of(REDIRECT_URI),
                Optional.of("code"), Optional.of(CodeChallenge.s256(freshVerifier()).value()), Optional.of("S256"),
                Optional.of(scope), Optional.of("st"), Optional.of(RESOURCE), remembered));
    }

    private void aliceAllowed(Scopes scopes) {
        server.consents.save(new Consent(ALICE, client.id(), scopes, T0));
    }

    @Test
    void aRememberedUserWhoAllowedTheseScopesGoesStraightToSignIn() {
        aliceAllowed(Scopes.all());

        Step step = authorize("notes:read", Optional.of(ALICE));

        assertThat(step).isInstanceOf(RedirectToLogin.class);
        RedirectToLogin login = (RedirectToLogin) step;
        assertThat(server.pending.takeForLogin(login.loginState()))
                .hasValueSatisfying(p -> assertThat(p.presumedUser()).contains(ALICE));
    }

    @Test
    void moreScopesThanWereAllowedAreAskedForAgain() {
        aliceAllowed(Scopes.of(Scope.NOTES_READ));

        assertThat(authorize("notes:read notes:write", Optional.of(ALICE))).isInstanceOf(AskConsent.class);
    }

    @Test
    void aBrowserThatRemembersNoOneIsAlwaysAsked() {
        aliceAllowed(Scopes.all());

        assertThat(authorize("notes:read", Optional.empty())).isInstanceOf(AskConsent.class);
    }

    @Test
    void anotherUsersConsentDoesNotCount() {
        aliceAllowed(Scopes.all());

        assertThat(authorize("notes:read", Optional.of(BOB))).isInstanceOf(AskConsent.class);
    }

    @Test
    void ifSomeoneElseSignsInAfterTheSkippedPageNoCodeIsIssued() {
        aliceAllowed(Scopes.all());
        RedirectToLogin login = (RedirectToLogin) authorize("notes:read", Optional.of(ALICE));
        server.upstream.answers(new UpstreamIdentityProvider.Identified(new UpstreamIdentity(BOB, "bob")));

        Step step = server.login.complete(new CompleteLoginUseCase.Command(FakeUpstreamIdentityProvider.NAME,
                Optional.of(login.loginState()),
                Optional.of(login.loginState()), Optional.of("upstream-code"), Optional.empty()));

        assertThat(step).isInstanceOf(ShowError.class);
        assertThat(((ShowError) step).message()).contains("bob").contains("has not allowed");
    }

    @Test
    void theRememberedUserSigningInGetsTheirCodeAndIsNamedForTheBrowser() {
        aliceAllowed(Scopes.all());
        RedirectToLogin login = (RedirectToLogin) authorize("notes:read", Optional.of(ALICE));
        server.upstream.answers(new UpstreamIdentityProvider.Identified(new UpstreamIdentity(ALICE, "alice")));

        Step step = server.login.complete(new CompleteLoginUseCase.Command(FakeUpstreamIdentityProvider.NAME,
                Optional.of(login.loginState()),
                Optional.of(login.loginState()), Optional.of("upstream-code"), Optional.empty()));

        assertThat(step).isInstanceOf(RedirectToClient.class);
        assertThat(((RedirectToClient) step).signedIn()).contains(ALICE);
        assertThat(((RedirectToClient) step).location().toString()).startsWith(REDIRECT_URI + "?code=");
    }

    @Test
    void aRememberedUserIsSentToTheProviderTheirIdNamesAmongSeveral() {
        UserId carol = UserId.of("other", "3");
        server.consents.save(new Consent(carol, client.id(), Scopes.all(), T0));

        Step step = authorize("notes:read", Optional.of(carol));

        assertThat(step).isInstanceOf(RedirectToLogin.class);
        assertThat(((RedirectToLogin) step).location().getQuery()).startsWith("provider=other&");
        assertThat(server.pending.takeForLogin(((RedirectToLogin) step).loginState()).orElseThrow().signIn())
                .hasValueSatisfying(signIn -> assertThat(signIn.provider()).isEqualTo("other"));
    }

    @Test
    void aRememberedUserOfAProviderNoLongerConfiguredIsAskedAndNothingIsPresumed() {
        UserId dave = new UserId("github:4");
        server.consents.save(new Consent(dave, client.id(), Scopes.all(), T0));

        Step step = authorize("notes:read", Optional.of(dave));

        assertThat(step).isInstanceOf(AskConsent.class);
        assertThat(server.pending.takeForConsent(((AskConsent) step).pendingId()).orElseThrow().presumedUser()).isEmpty();
    }
}
