package dev.notesmcp.adapter.oidc;

import dev.notesmcp.adapter.oidc.fixture.Browser;
import dev.notesmcp.adapter.oidc.fixture.Browser.Secrets;
import dev.notesmcp.adapter.oidc.fixture.MockIssuer;
import dev.notesmcp.adapter.oidc.fixture.Query;
import dev.notesmcp.domain.identity.UpstreamIdentity;
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
    private static OidcSignIn signIn;

    @BeforeAll
    static void startProvider() {
        mock = new MockIssuer();
        signIn = OidcIdentityProviders.oidc(new OidcSettings(mock.issuer(ISSUER_ID), "notes-mcp", "oidc-client-secret",
                "Keycloak", null, null));
    }

    @AfterAll
    static void stopProvider() {
        mock.close();
    }

    @Test
    void itIsCalledOidcAndShownByItsDisplayName() {
        assertThat(signIn.name()).isEqualTo("oidc");
        assertThat(signIn.displayName()).isEqualTo("Keycloak");
    }

    @Test
    void theAuthorizationRequestAsksForACodeWithOurStateNonceAndPkceS256Challenge() throws Exception {
        Secrets secrets = Secrets.fresh();

        URI url = signIn.authorizationUrl(secrets.state(), secrets.nonce(), secrets.verifier(), Browser.callback("oidc"));

        assertThat(url.toString()).startsWith(mock.issuer(ISSUER_ID) + "/authorize?").doesNotContain(secrets.verifier());
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(secrets.verifier().getBytes(StandardCharsets.US_ASCII)));
        assertThat(Query.of(url))
                .containsEntry("response_type", "code")
                .containsEntry("client_id", "notes-mcp")
                .containsEntry("redirect_uri", "http://127.0.0.1:9/oauth/oidc/callback")
                .containsEntry("scope", "openid profile email")
                .containsEntry("state", secrets.state())
                .containsEntry("nonce", secrets.nonce())
                .containsEntry("code_challenge", challenge)
                .containsEntry("code_challenge_method", "S256");
    }

    @Test
    void theConfiguredScopesAreAsked() {
        OidcSignIn narrow = OidcIdentityProviders.oidc(new OidcSettings(mock.issuer(ISSUER_ID), "notes-mcp",
                "oidc-client-secret", null, List.of("openid", "groups"), null));
        Secrets secrets = Secrets.fresh();

        URI url = narrow.authorizationUrl(secrets.state(), secrets.nonce(), secrets.verifier(), Browser.callback("oidc"));

        assertThat(Query.of(url)).containsEntry("scope", "openid groups");
        assertThat(narrow.displayName()).isEqualTo("OpenID Connect");
    }

    @Test
    void aSignInIdentifiesTheUserByProviderAndSubjectWithTheirPreferredUsernameAsLogin() {
        mock.nextTokens(ISSUER_ID, "5b2a1c9e-user", Map.of("preferred_username", "alice", "email", "alice@example.com"));

        assertThat(identified(Browser.signIn(signIn)))
                .isEqualTo(new UpstreamIdentity(new dev.notesmcp.domain.identity.UserId("oidc:5b2a1c9e-user"), "alice"));
    }

    @Test
    void theLoginFallsBackToTheEmailThenTheNameThenTheSubject() {
        mock.nextTokens(ISSUER_ID, "user-email", Map.of("email", "bob@example.com", "name", "Bob"));
        assertThat(identified(Browser.signIn(signIn)).login()).isEqualTo("bob@example.com");

        mock.nextTokens(ISSUER_ID, "user-name", Map.of("name", "Carol Example"));
        assertThat(identified(Browser.signIn(signIn)).login()).isEqualTo("Carol Example");

        mock.nextTokens(ISSUER_ID, "user-bare", Map.of());
        assertThat(identified(Browser.signIn(signIn)).login()).isEqualTo("user-bare");
    }

    @Test
    void anUnusableLoginClaimIsPassedOver() {
        mock.nextTokens(ISSUER_ID, "user-odd", Map.of("preferred_username", "x".repeat(300), "email", "odd@example.com"));

        assertThat(identified(Browser.signIn(signIn)).login()).isEqualTo("odd@example.com");
    }

    @Test
    void theEmailIsNeverTheIdentifier() {
        mock.nextTokens(ISSUER_ID, "first-subject", Map.of("email", "same@example.com"));
        UpstreamIdentity first = identified(Browser.signIn(signIn));
        mock.nextTokens(ISSUER_ID, "second-subject", Map.of("email", "same@example.com"));
        UpstreamIdentity second = identified(Browser.signIn(signIn));
        mock.nextTokens(ISSUER_ID, "first-subject", Map.of("email", "changed@example.com"));
        UpstreamIdentity again = identified(Browser.signIn(signIn));

        assertThat(second.user()).isNotEqualTo(first.user());
        assertThat(again.user()).isEqualTo(first.user());
    }

    @Test
    void aCodeWorksOnce() {
        Secrets secrets = Secrets.fresh();
        String code = Browser.code(signIn, secrets);
        identified(signIn.identify(code, secrets.nonce(), secrets.verifier(), Browser.callback("oidc")));

        assertThat(signIn.identify(code, secrets.nonce(), secrets.verifier(), Browser.callback("oidc")))
                .isEqualTo(new OidcSignIn.Failed("Keycloak did not accept the sign-in code (it expired or was already used);"
                        + " please sign in again."));
    }

    @Test
    void aCodeNeedsTheVerifierOfItsOwnSignIn() {
        Secrets secrets = Secrets.fresh();
        String code = Browser.code(signIn, secrets);

        assertThat(signIn.identify(code, secrets.nonce(), Browser.random(), Browser.callback("oidc")))
                .isInstanceOf(OidcSignIn.Failed.class);
    }

    @Test
    void malformedCodesFailWithoutAnExceptionOrACall() {
        Secrets secrets = Secrets.fresh();
        for (String code : new String[] {null, "", " ", "a b", "\u0000", "é🐙", "x".repeat(10_000), "code\r\nX-Injected: 1"}) {
            assertThat(signIn.identify(code, secrets.nonce(), secrets.verifier(), Browser.callback("oidc")))
                    .isEqualTo(new OidcSignIn.Failed("Keycloak sent no usable sign-in code; please sign in again."));
        }
    }

    @Test
    void theCallbackMustBeAnAbsoluteUrl() {
        Secrets secrets = Secrets.fresh();

        assertThatThrownBy(() -> signIn.authorizationUrl(secrets.state(), secrets.nonce(), secrets.verifier(),
                URI.create("/oauth/oidc/callback"))).isInstanceOf(IllegalArgumentException.class);
    }

    static UpstreamIdentity identified(OidcSignIn.Outcome outcome) {
        assertThat(outcome).isInstanceOf(OidcSignIn.SignedIn.class);
        return ((OidcSignIn.SignedIn) outcome).identity();
    }
}
