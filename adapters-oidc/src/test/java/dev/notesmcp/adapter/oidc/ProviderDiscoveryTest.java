package dev.notesmcp.adapter.oidc;

import dev.notesmcp.adapter.oidc.fixture.ClosedPort;
import dev.notesmcp.adapter.oidc.fixture.CraftedIssuer;
import dev.notesmcp.adapter.oidc.fixture.MockIssuer;
import dev.notesmcp.adapter.oidc.fixture.SilentServer;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** At start-up, a provider whose discovery document cannot be used stops us with one clear line. */
class ProviderDiscoveryTest {

    private static final HttpLimits SHORT = new HttpLimits(Duration.ofMillis(500), Duration.ofMillis(500), 64 * 1024);

    private CraftedIssuer issuer;

    @BeforeEach
    void start() {
        issuer = new CraftedIssuer("/gitlab");
    }

    @AfterEach
    void stop() {
        issuer.close();
    }

    @Test
    void theDiscoveryDocumentIsReadUnderTheIssuersPath() {
        try (MockIssuer mock = new MockIssuer()) {
            // Default limits: a freshly started mock answers its first request slowly.
            GitLabSettings settings = new GitLabSettings("gitlab-app", "gitlab-secret", mock.issuer("gitlab"), null, null);
            assertThat(OidcIdentityProviders.gitlab(settings).name()).isEqualTo("gitlab");
        }
    }

    @Test
    void metadataNamingAnotherIssuerIsRefusedNamingTheVariable() {
        issuer.metadata(Map.of("issuer", "https://gitlab.example.com"));

        assertThatThrownBy(() -> OidcIdentityProviders.gitlab(settings(issuer.issuer())))
                .isInstanceOf(ProviderDiscoveryException.class)
                .hasMessage("GITLAB_URL is " + issuer.issuer() + " but the provider's discovery document at "
                        + issuer.issuer() + "/.well-known/openid-configuration names its issuer https://gitlab.example.com;"
                        + " they must be identical (OpenID Connect Discovery 1.0, section 4.3): set GITLAB_URL to exactly the"
                        + " provider's issuer");
    }

    @Test
    void aTrailingSlashMattersForAGenericIssuer() {
        URI withSlash = URI.create(issuer.issuer() + "/");

        assertThatThrownBy(() -> OidcIdentityProviders.oidc(OidcSettings.of(withSlash, "c", "s")))
                .isInstanceOf(ProviderDiscoveryException.class).hasMessageStartingWith("OIDC_ISSUER is " + withSlash);
    }

    @Test
    void theGoogleIssuerVariableIsNamed() {
        issuer.metadata(Map.of("issuer", "https://accounts.google.com"));

        assertThatThrownBy(() -> OidcIdentityProviders.google(new GoogleSettings("c", "s", issuer.issuer(), null, SHORT)))
                .isInstanceOf(ProviderDiscoveryException.class).hasMessageStartingWith("GOOGLE_ISSUER is ");
    }

    @Test
    void aMissingDocumentIsRefused() {
        URI elsewhere = URI.create(issuer.issuer() + "/not-here");

        assertThatThrownBy(() -> OidcIdentityProviders.gitlab(settings(elsewhere)))
                .isInstanceOf(ProviderDiscoveryException.class)
                .hasMessage("the OpenID Connect provider GITLAB_URL=" + elsewhere + " answered HTTP 404 for its discovery"
                        + " document " + elsewhere + "/.well-known/openid-configuration (is GITLAB_URL the issuer URL?)");
    }

    @Test
    void metadataWithoutWhatSignInNeedsIsRefused() {
        assertRefused(without("jwks_uri"), "not OpenID provider metadata");
        assertRefused(without("token_endpoint"), "lists no token_endpoint");
        assertRefused(Map.of("token_endpoint", "http://idp.example/token"), "lists a token_endpoint that is not https");
        assertRefused(Map.of("jwks_uri", "file:///etc/passwd"), "lists a jwks_uri that is not https");
        assertRefused(Map.of("id_token_signing_alg_values_supported", List.of("HS256", "none")),
                "signs ID tokens with none of the algorithms we check");
        assertRefused(Map.of("token_endpoint_auth_methods_supported", List.of("private_key_jwt")),
                "takes neither client_secret_basic nor client_secret_post");
        assertRefused(without("userinfo_endpoint"), "lists no userinfo_endpoint, which GitLab sign-in needs");
    }

    @Test
    void aGenericProviderNeedsNoUserinfoEndpoint() {
        issuer.metadata(without("userinfo_endpoint"));

        assertThat(OidcIdentityProviders.oidc(new OidcSettings(issuer.issuer(), "c", "s", null, null, SHORT)).name())
                .isEqualTo("oidc");
    }

    @Test
    void anUnreachableProviderIsRefused() {
        URI nowhere = ClosedPort.url("/gitlab");

        assertThatThrownBy(() -> OidcIdentityProviders.gitlab(settings(nowhere)))
                .isInstanceOf(ProviderDiscoveryException.class)
                .hasMessageContaining("GITLAB_URL=" + nowhere + " could not be asked for its discovery document")
                .hasMessageContaining("could not be reached");
    }

    @Test
    void aProviderThatNeverAnswersTimesOut() throws IOException {
        try (SilentServer silent = new SilentServer()) {
            assertThatThrownBy(() -> OidcIdentityProviders.gitlab(settings(silent.url("/gitlab"))))
                    .isInstanceOf(ProviderDiscoveryException.class)
                    .hasMessageContaining("gave no complete answer within PT0.5S");
        }
    }

    private void assertRefused(Map<String, Object> changes, String problem) {
        issuer.metadata(changes);
        assertThatThrownBy(() -> OidcIdentityProviders.gitlab(settings(issuer.issuer())))
                .isInstanceOf(ProviderDiscoveryException.class)
                .hasMessageStartingWith("the OpenID Connect provider GITLAB_URL=" + issuer.issuer())
                .hasMessageContaining(problem);
    }

    private static Map<String, Object> without(String field) {
        Map<String, Object> changes = new HashMap<>();
        changes.put(field, null);
        return changes;
    }

    private static GitLabSettings settings(URI url) {
        return new GitLabSettings("gitlab-app", "gitlab-secret", url, Set.of(), SHORT);
    }
}
