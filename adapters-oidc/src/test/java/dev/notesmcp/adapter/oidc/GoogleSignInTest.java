package dev.notesmcp.adapter.oidc;

import dev.notesmcp.adapter.oidc.fixture.Browser;
import dev.notesmcp.adapter.oidc.fixture.LogRecorder;
import dev.notesmcp.adapter.oidc.fixture.MockIssuer;
import dev.notesmcp.adapter.oidc.fixture.Query;
import dev.notesmcp.domain.identity.UpstreamIdentity;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider.Failed;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider.Refused;
import dev.notesmcp.domain.identity.UpstreamSignIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;
import java.util.Set;

import static dev.notesmcp.adapter.oidc.GenericOidcSignInTest.identified;
import static org.assertj.core.api.Assertions.assertThat;

/** The Google preset, its issuer pointed at a real OIDC server (mock-oauth2-server) on loopback. */
class GoogleSignInTest {

    private static final String ISSUER_ID = "google";
    private static MockIssuer mock;
    private static UpstreamIdentityProvider anyAccount;
    private static UpstreamIdentityProvider workspaceOnly;

    @BeforeAll
    static void startProvider() {
        mock = new MockIssuer();
        anyAccount = google(Set.of());
        workspaceOnly = google(Set.of("example.com", "example.org"));
    }

    @AfterAll
    static void stopProvider() {
        mock.close();
    }

    @Test
    void itIsCalledGoogle() {
        assertThat(anyAccount.name()).isEqualTo("google");
        assertThat(anyAccount.displayName()).isEqualTo("Google");
    }

    @Test
    void itAsksForTheOpenIdEmailAndProfileScopesWithoutADomainHintForAnyAccount() {
        Map<String, String> query = Query.of(authorizationUrl(anyAccount));

        assertThat(query).containsEntry("scope", "openid email profile").doesNotContainKey("hd");
    }

    @Test
    void aUserIsTheirGoogleSubjectShownByTheirEmail() {
        mock.nextTokens(ISSUER_ID, "110169484474386276334",
                Map.of("email", "ada@gmail.com", "email_verified", true, "name", "Ada Lovelace"));

        assertThat(identified(Browser.signIn(anyAccount)))
                .isEqualTo(new UpstreamIdentity(new UserId("google:110169484474386276334"), "ada@gmail.com"));
    }

    @Test
    void googleMayNameItsIssuerWithoutTheScheme() {
        String schemeless = mock.issuer(ISSUER_ID).toString().replaceFirst("^http://", "");
        mock.nextTokens(ISSUER_ID, "110169484474386276334", Map.of("iss", schemeless, "email", "ada@gmail.com"));

        assertThat(identified(Browser.signIn(anyAccount)).user()).isEqualTo(new UserId("google:110169484474386276334"));
    }

    @Test
    void anotherIssuerIsStillRefused() {
        mock.nextTokens(ISSUER_ID, "110169484474386276334", Map.of("iss", "accounts.google.com.evil.example"));

        assertThat(Browser.signIn(anyAccount)).isInstanceOf(Failed.class);
    }

    @Test
    void withHostedDomainsTheChooserIsNarrowedToWorkspaceAccounts() {
        assertThat(Query.of(authorizationUrl(workspaceOnly))).containsEntry("hd", "*");
        assertThat(Query.of(authorizationUrl(google(Set.of("example.com"))))).containsEntry("hd", "example.com");
    }

    @Test
    void aVerifiedUserOfAListedDomainSignsIn() {
        mock.nextTokens(ISSUER_ID, "1001", Map.of("hd", "Example.ORG", "email", "kim@example.org", "email_verified", true));

        assertThat(identified(Browser.signIn(workspaceOnly)).user()).isEqualTo(new UserId("google:1001"));
    }

    @Test
    void aUserOfAnotherDomainIsRefusedAndTheRefusalIsLogged() {
        mock.nextTokens(ISSUER_ID, "1002", Map.of("hd", "elsewhere.example", "email_verified", true));

        try (LogRecorder log = new LogRecorder()) {
            assertThat(Browser.signIn(workspaceOnly))
                    .isEqualTo(new Refused("Google Workspace accounts of elsewhere.example may not use this server."));
            assertThat(log.text()).contains("Google sign-in refused for google:1002: hosted domain elsewhere.example"
                    + " is not in GOOGLE_HOSTED_DOMAINS");
        }
    }

    @Test
    void aPersonalAccountIsRefused() {
        mock.nextTokens(ISSUER_ID, "1003", Map.of("email", "someone@gmail.com", "email_verified", true));

        assertThat(Browser.signIn(workspaceOnly)).isEqualTo(new Refused("This server accepts only Google"
                + " Workspace accounts of its organisation; the Google account you used is not one of them."));
    }

    @Test
    void aListedDomainWithoutAVerifiedEmailIsRefused() {
        mock.nextTokens(ISSUER_ID, "1004", Map.of("hd", "example.com", "email_verified", false));
        assertThat(Browser.signIn(workspaceOnly)).isInstanceOf(Refused.class);

        mock.nextTokens(ISSUER_ID, "1005", Map.of("hd", "example.com"));
        assertThat(Browser.signIn(workspaceOnly)).isInstanceOf(Refused.class);
    }

    private static UpstreamIdentityProvider google(Set<String> hostedDomains) {
        return OidcIdentityProviders.google(new GoogleSettings("1234-abc.apps.googleusercontent.com", "GOCSPX-test-secret",
                mock.issuer(ISSUER_ID), hostedDomains, null));
    }

    private static URI authorizationUrl(UpstreamIdentityProvider provider) {
        UpstreamSignIn signIn = UpstreamSignIn.start(provider.name());
        return provider.authorizationUrl(signIn, Browser.callback("google"));
    }
}
