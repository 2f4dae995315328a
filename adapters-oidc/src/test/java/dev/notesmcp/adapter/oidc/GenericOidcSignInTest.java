package dev.notesmcp.adapter.oidc;

import dev.notesmcp.adapter.oidc.fixture.Browser;
import dev.notesmcp.adapter.oidc.fixture.MockIssuer;
import dev.notesmcp.adapter.oidc.fixture.Query;
import dev.notesmcp.domain.identity.UpstreamIdentity;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider.Failed;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider.Identified;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider.Login;
import dev.notesmcp.domain.identity.UpstreamSignIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The generic OpenID Connect preset against a real OIDC server (mock-oauth2-server) on loopback. */
class GenericOidcSignInTest {

    private static final String ISSUER_ID = "keycloak";
    private static MockIssuer mock;
    private static UpstreamIdentityProvider provider;

    @BeforeAll
    static void startProvider() {
        mock = new MockIssuer();
        provider = OidcIdentityProviders.oidc(new OidcSettings(mock.issuer(ISSUER_ID), "notes-mcp", "oidc-client-secret",
                "Keycloak", null, null));
    }

    @AfterAll
    static void stopProvider() {
        mock.close();
    }

    @Test
    void itIsCalledOidcAndShownByItsDisplayName() {
        assertThat(provider.name()).isEqualTo("oidc");
        assertThat(provider.displayName()).isEqualTo("Keycloak");
    }

    @Test
    void theAuthorizationRequestAsksForACodeWithOurStateNonceAndPkceS256Challenge() throws Exception {
        UpstreamSignIn signIn = UpstreamSignIn.start(provider.name());

        URI url = provider.authorizationUrl(signIn, Browser.callback("oidc"));

        assertThat(url.toString()).startsWith(mock.issuer(ISSUER_ID) + "/authorize?").doesNotContain(signIn.codeVerifier());
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(signIn.codeVerifier().getBytes(StandardCharsets.US_ASCII)));
        assertThat(Query.of(url))
                .containsEntry("response_type", "code")
                .containsEntry("client_id", "notes-mcp")
                .containsEntry("redirect_uri", "http://127.0.0.1:9/oauth/oidc/callback")
                .containsEntry("scope", "openid profile email")
                .containsEntry("state", signIn.state())
                .containsEntry("nonce", signIn.nonce())
                .containsEntry("code_challenge", challenge)
                .containsEntry("code_challenge_method", "S256");
    }

    @Test
    void theConfiguredScopesAreAsked() {
        UpstreamIdentityProvider narrow = OidcIdentityProviders.oidc(new OidcSettings(mock.issuer(ISSUER_ID), "notes-mcp",
                "oidc-client-secret", null, List.of("openid", "groups"), null));
        UpstreamSignIn signIn = UpstreamSignIn.start(provider.name());

        URI url = narrow.authorizationUrl(signIn, Browser.callback("oidc"));

        assertThat(Query.of(url)).containsEntry("scope", "openid groups");
        assertThat(narrow.displayName()).isEqualTo("OpenID Connect");
    }

    @Test
    void aSignInIdentifiesTheUserByProviderAndSubjectWithTheirPreferredUsernameAsLogin() {
        mock.nextTokens(ISSUER_ID, "5b2a1c9e-user", Map.of("preferred_username", "alice", "email", "alice@example.com"));

        assertThat(identified(Browser.signIn(provider)))
                .isEqualTo(new UpstreamIdentity(new dev.notesmcp.domain.identity.UserId("oidc:5b2a1c9e-user"), "alice"));
    }

    @Test
    void theLoginFallsBackToTheEmailThenTheNameThenTheSubject() {
        mock.nextTokens(ISSUER_ID, "user-email", Map.of("email", "bob@example.com", "name", "Bob"));
        assertThat(identified(Browser.signIn(provider)).login()).isEqualTo("bob@example.com");

        mock.nextTokens(ISSUER_ID, "user-name", Map.of("name", "Carol Example"));
        assertThat(identified(Browser.signIn(provider)).login()).isEqualTo("Carol Example");

        mock.nextTokens(ISSUER_ID, "user-bare", Map.of());
        assertThat(identified(Browser.signIn(provider)).login()).isEqualTo("user-bare");
    }

    @Test
    void anUnusableLoginClaimIsPassedOver() {
        mock.nextTokens(ISSUER_ID, "user-odd", Map.of("preferred_username", "x".repeat(300), "email", "odd@example.com"));

        assertThat(identified(Browser.signIn(provider)).login()).isEqualTo("odd@example.com");
    }

    @Test
    void theEmailIsNeverTheIdentifier() {
        mock.nextTokens(ISSUER_ID, "first-subject", Map.of("email", "same@example.com"));
        UpstreamIdentity first = identified(Browser.signIn(provider));
        mock.nextTokens(ISSUER_ID, "second-subject", Map.of("email", "same@example.com"));
        UpstreamIdentity second = identified(Browser.signIn(provider));
        mock.nextTokens(ISSUER_ID, "first-subject", Map.of("email", "changed@example.com"));
        UpstreamIdentity again = identified(Browser.signIn(provider));

        assertThat(second.user()).isNotEqualTo(first.user());
        assertThat(again.user()).isEqualTo(first.user());
    }

    @Test
    void aCodeWorksOnce() {
        UpstreamSignIn signIn = UpstreamSignIn.start(provider.name());
        String code = Browser.code(provider, signIn);
        identified(provider.identify(code, signIn, Browser.callback("oidc")));

        assertThat(provider.identify(code, signIn, Browser.callback("oidc")))
                .isEqualTo(new Failed("Keycloak did not accept the sign-in code (it expired or was already used);"
                        + " please sign in again."));
    }

    @Test
    void aCodeNeedsTheVerifierOfItsOwnSignIn() {
        UpstreamSignIn signIn = UpstreamSignIn.start(provider.name());
        String code = Browser.code(provider, signIn);

        UpstreamSignIn otherVerifier = new UpstreamSignIn(signIn.provider(), signIn.state(), signIn.nonce(), Browser.random());

        assertThat(provider.identify(code, otherVerifier, Browser.callback("oidc"))).isInstanceOf(Failed.class);
    }

    @Test
    void malformedCodesFailWithoutAnExceptionOrACall() {
        UpstreamSignIn signIn = UpstreamSignIn.start(provider.name());
        for (String code : new String[] {null, "", " ", "a b", "\u0000", "é🐙", "x".repeat(10_000), "code\r\nX-Injected: 1"}) {
            assertThat(provider.identify(code, signIn, Browser.callback("oidc")))
                    .isEqualTo(new Failed("Keycloak sent no usable sign-in code; please sign in again."));
        }
    }

    @Test
    void theCallbackMustBeAnAbsoluteUrl() {
        UpstreamSignIn signIn = UpstreamSignIn.start(provider.name());

        assertThatThrownBy(() -> provider.authorizationUrl(signIn, URI.create("/oauth/oidc/callback")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSignInStartedForAnotherProviderIsNotSentHere() {
        assertThatThrownBy(() -> provider.authorizationUrl(UpstreamSignIn.start("google"), Browser.callback("oidc")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a sign-in at google cannot go to oidc");
    }

    static UpstreamIdentity identified(Login outcome) {
        assertThat(outcome).isInstanceOf(Identified.class);
        return ((Identified) outcome).identity();
    }
}
