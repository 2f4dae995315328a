package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.in.oauth.CompleteLoginUseCase;
import dev.notesmcp.application.port.in.oauth.DecideConsentUseCase;
import dev.notesmcp.application.port.in.oauth.RegisterClientUseCase;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.AskConsent;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.RedirectToLogin;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.Step;
import dev.notesmcp.application.port.in.oauth.TokenResponse;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider;
import dev.notesmcp.domain.audit.AuditDetail;
import dev.notesmcp.domain.audit.AuditEvent;
import dev.notesmcp.domain.audit.AuditEventKind;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.OAuthErrorCode;
import dev.notesmcp.domain.oauth.RegisteredClient;
import dev.notesmcp.domain.token.Scopes;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static dev.notesmcp.application.port.out.OAuthFixtures.REDIRECT_URI;
import static dev.notesmcp.application.port.out.OAuthFixtures.freshVerifier;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.credentials;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.failed;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.issued;
import static org.assertj.core.api.Assertions.assertThat;

/** Each OAuth step leaves its audit event, with the user and client it concerns and no secret. */
class AuditedOAuthFlowTest {

    private static final UserId OCTOCAT = UserId.of(FakeUpstreamIdentityProvider.NAME, "1");

    private final AuthorizationServerFixture server = new AuthorizationServerFixture();
    private final RegisteredClient client = server.publicClient();

    /** /authorize, then the consent page answered; the login state when approved. */
    private Optional<String> decided(boolean approve) {
        Step asked = server.start.start(new StartAuthorizationUseCase.Command(Optional.of(client.id().value()),
                Optional.of(REDIRECT_URI), Optional.of("code"),
                Optional.of(dev.notesmcp.domain.oauth.CodeChallenge.s256(freshVerifier()).value()),
                Optional.of("S256"), Optional.empty(), Optional.of("s"), Optional.empty()));
        AskConsent ask = (AskConsent) asked;
        Step decided = server.consent.decide(new DecideConsentUseCase.Command(ask.pendingId(), ask.csrfToken(),
                Optional.of(ask.csrfToken()), approve));
        return decided instanceof RedirectToLogin login ? Optional.of(login.loginState()) : Optional.empty();
    }

    private void callback(String state) {
        server.login.complete(new CompleteLoginUseCase.Command(FakeUpstreamIdentityProvider.NAME, Optional.of(state),
                Optional.of(state), Optional.of("upstream-code"), Optional.empty()));
    }

    private AuditEvent only(AuditEventKind kind) {
        return server.audit.events().stream().filter(event -> event.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void aRememberedConsentIsUsedNotGivenAgain() {
        callback(decided(true).orElseThrow());
        server.audit.clear();
        Step skipped = server.start.start(new StartAuthorizationUseCase.Command(Optional.of(client.id().value()),
                Optional.of(REDIRECT_URI), Optional.of("code"),
                Optional.of(dev.notesmcp.domain.oauth.CodeChallenge.s256(freshVerifier()).value()),
                Optional.of("S256"), Optional.empty(), Optional.of("s"), Optional.empty(), Optional.of(OCTOCAT)));

        callback(((RedirectToLogin) skipped).loginState());

        assertThat(server.audit.kinds()).containsExactly(AuditEventKind.SIGN_IN_SUCCEEDED);
    }

    @Test
    void aSuccessfulSignInThenTheConsentItCompletesBothNameTheUserAndTheClient() {
        callback(decided(true).orElseThrow());

        assertThat(server.audit.kinds()).containsExactly(AuditEventKind.SIGN_IN_SUCCEEDED, AuditEventKind.CONSENT_GIVEN);
        assertThat(only(AuditEventKind.CONSENT_GIVEN).client()).contains(client.id());
        assertThat(only(AuditEventKind.CONSENT_GIVEN).user()).contains(OCTOCAT);
        AuditEvent signIn = only(AuditEventKind.SIGN_IN_SUCCEEDED);
        assertThat(signIn.user()).contains(OCTOCAT);
        assertThat(signIn.client()).contains(client.id());
        assertThat(signIn.detail(AuditDetail.PROVIDER)).contains(FakeUpstreamIdentityProvider.NAME);
        assertThat(signIn.time()).isEqualTo(server.clock.instant());
    }

    @Test
    void aDenialIsRecordedForTheClientSinceNobodySignsIn() {
        decided(false);

        assertThat(server.audit.kinds()).containsExactly(AuditEventKind.CONSENT_DENIED);
        assertThat(only(AuditEventKind.CONSENT_DENIED).client()).contains(client.id());
        assertThat(only(AuditEventKind.CONSENT_DENIED).user()).isEmpty();
    }

    @Test
    void refusedAndFailedSignInsAreToldApartWithoutTheProvidersMessage() {
        String refused = decided(true).orElseThrow();
        server.upstream.answers(new UpstreamIdentityProvider.Refused("not in org secret-org"));
        callback(refused);
        String failed = decided(true).orElseThrow();
        server.upstream.answers(new UpstreamIdentityProvider.Failed("upstream down"));
        callback(failed);

        assertThat(server.audit.kinds()).as("an approval whose sign-in did not stand is no one's consent")
                .containsExactly(AuditEventKind.SIGN_IN_REFUSED, AuditEventKind.SIGN_IN_FAILED);
        assertThat(only(AuditEventKind.SIGN_IN_REFUSED).toString()).doesNotContain("secret-org");
    }

    @Test
    void tokensIssuedRefreshedAndAReuseThatRevokesTheGrant() {
        TokenResponse first = server.tokensFor(client, Scopes.all());
        String firstRefresh = first.refresh().orElseThrow();
        issued(server.refresh(client, firstRefresh));
        server.clock.advance(Duration.ofHours(1));

        failed(server.refresh(client, firstRefresh), OAuthErrorCode.INVALID_GRANT);

        assertThat(server.audit.kinds()).containsExactly(AuditEventKind.TOKEN_ISSUED, AuditEventKind.TOKEN_REFRESHED,
                AuditEventKind.REFRESH_REUSE_DETECTED, AuditEventKind.GRANT_REVOKED);
        assertThat(only(AuditEventKind.GRANT_REVOKED).detail(AuditDetail.REVOKED_BY)).contains("refresh_reuse");
        assertThat(server.audit.events()).allSatisfy(event -> {
            assertThat(event.client()).contains(client.id());
            assertThat(event.user()).isPresent();
            assertThat(event.toString()).doesNotContain(firstRefresh, first.accessToken());
        });
    }

    @Test
    void revocationsByTheClient() {
        TokenResponse tokens = server.tokensFor(client, Scopes.all());
        server.audit.clear();

        server.revoke.revoke(credentials(client), tokens.accessToken(), Optional.of("access_token"));
        server.revoke.revoke(credentials(client), tokens.refresh().orElseThrow(), Optional.empty());

        assertThat(server.audit.kinds()).containsExactly(AuditEventKind.ACCESS_TOKEN_REVOKED,
                AuditEventKind.GRANT_REVOKED);
        assertThat(only(AuditEventKind.GRANT_REVOKED).detail(AuditDetail.REVOKED_BY)).contains("client");
        assertThat(only(AuditEventKind.ACCESS_TOKEN_REVOKED).client()).contains(client.id());
    }

    @Test
    void aReplayedCodeRevokesTheGrant() {
        AuthorizationServerFixture.IssuedCode code = server.issuedCode(client, Scopes.all());
        issued(server.token.exchange(AuthorizationServerFixture.codeRequest(credentials(client), code)));

        failed(server.token.exchange(AuthorizationServerFixture.codeRequest(credentials(client), code)),
                OAuthErrorCode.INVALID_GRANT);

        assertThat(only(AuditEventKind.GRANT_REVOKED).detail(AuditDetail.REVOKED_BY)).contains("code_replay");
        assertThat(only(AuditEventKind.GRANT_REVOKED).user()).contains(code.grant().user());
    }

    @Test
    void aRegistrationNamesTheNewClient() {
        FakeAuditLog audit = new FakeAuditLog();
        RegisterClientService registration = new RegisterClientService(server.clients, server.clock, audit);

        RegisterClientUseCase.Result result = registration.register(new RegisterClientUseCase.Command(
                List.of("https://app.example/cb"), Optional.of("none"), Optional.empty(), Optional.empty(),
                Optional.of("App"), Optional.empty()));

        assertThat(result).isInstanceOf(RegisterClientUseCase.Registered.class);
        assertThat(audit.events()).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(AuditEventKind.CLIENT_REGISTERED);
            assertThat(event.client()).contains(((RegisterClientUseCase.Registered) result).client().id());
        });
    }
}
