package dev.notesmcp.adapter.oidc;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The preset settings validate themselves, name the variable at fault and never show a secret. */
class SettingsTest {

    @Test
    void googleDefaultsToAccountsGoogleComAnyAccountAndTheDefaultLimits() {
        GoogleSettings settings = GoogleSettings.of("id.apps.googleusercontent.com", "GOCSPX-secret");

        assertThat(settings.issuer()).isEqualTo(URI.create("https://accounts.google.com"));
        assertThat(settings.hostedDomains()).isEmpty();
        assertThat(settings.limits()).isEqualTo(HttpLimits.DEFAULT);
        assertThat(settings.toString()).doesNotContain("GOCSPX-secret").contains("clientSecret=***");
    }

    @Test
    void hostedDomainsAreDomainNamesKeptInLowerCase() {
        GoogleSettings settings = new GoogleSettings("id", "secret", null, Set.of("Example.COM", " example.org "), null);

        assertThat(settings.hostedDomains()).containsExactlyInAnyOrder("example.com", "example.org");
        assertThatThrownBy(() -> new GoogleSettings("id", "secret", null, Set.of("not a domain"), null))
                .hasMessage("GOOGLE_HOSTED_DOMAINS: must be a comma list of domain names such as example.com");
    }

    @Test
    void credentialsAreRequiredAndNeverRepeated() {
        assertThatThrownBy(() -> GoogleSettings.of(null, "secret")).hasMessage("GOOGLE_CLIENT_ID: is required");
        assertThatThrownBy(() -> GitLabSettings.of("id", " ")).hasMessage("GITLAB_CLIENT_SECRET: is required");
        assertThatThrownBy(() -> OidcSettings.of(URI.create("https://idp.example"), "id", " s3cret"))
                .hasMessage("OIDC_CLIENT_SECRET: must not contain spaces at its ends or control characters");
    }

    @Test
    void issuersAreHttpsUrlsWithoutQueryOrFragment() {
        assertThatThrownBy(() -> OidcSettings.of(null, "id", "secret")).hasMessage("OIDC_ISSUER: is required");
        assertThatThrownBy(() -> OidcSettings.of(URI.create("idp.example"), "id", "secret"))
                .hasMessage("OIDC_ISSUER: must be an absolute https:// URL (the provider's issuer)");
        assertThatThrownBy(() -> OidcSettings.of(URI.create("https://idp.example/?tenant=1"), "id", "secret"))
                .hasMessage("OIDC_ISSUER: must not carry user info, a query or a fragment");
        assertThatThrownBy(() -> new GitLabSettings("id", "secret", URI.create("http://gitlab.example.com"), null, null))
                .hasMessage("GITLAB_URL: must use https (plain http is allowed only on a loopback host)");
        assertThatThrownBy(() -> new GoogleSettings("id", "secret", URI.create("ftp://accounts.google.com"), null, null))
                .hasMessageStartingWith("GOOGLE_ISSUER: must be an absolute https:// URL");
    }

    @Test
    void plainHttpIsAllowedOnLoopbackOnly() {
        for (String url : List.of("http://localhost:8080/realms/x", "http://127.0.0.1:9000", "http://[::1]:9000/gitlab")) {
            assertThat(OidcSettings.of(URI.create(url), "id", "secret").issuer()).isEqualTo(URI.create(url));
        }
        assertThatThrownBy(() -> OidcSettings.of(URI.create("http://127.0.0.1.nip.io"), "id", "secret"))
                .hasMessageContaining("must use https");
    }

    @Test
    void aGenericIssuerIsKeptExactlyAndAGitLabUrlLosesItsTrailingSlashes() {
        assertThat(OidcSettings.of(URI.create("https://tenant.auth0.com/"), "id", "secret").issuer())
                .isEqualTo(URI.create("https://tenant.auth0.com/"));
        assertThat(new GitLabSettings("id", "secret", URI.create("https://git.example.com/gitlab/"), null, null).url())
                .isEqualTo(URI.create("https://git.example.com/gitlab"));
        assertThat(GitLabSettings.of("id", "secret").url()).isEqualTo(URI.create("https://gitlab.com"));
    }

    @Test
    void allowedGroupsAreGroupPaths() {
        assertThat(new GitLabSettings("id", "secret", null, Set.of("acme/platform"), null).allowedGroups())
                .containsExactly("acme/platform");
        assertThatThrownBy(() -> new GitLabSettings("id", "secret", null, Set.of("acme platform"), null))
                .hasMessage("GITLAB_ALLOWED_GROUPS: must be a comma list of group paths such as acme/platform");
    }

    @Test
    void genericScopesDefaultAndMustIncludeOpenid() {
        OidcSettings defaults = OidcSettings.of(URI.create("https://idp.example"), "id", "secret");
        assertThat(defaults.scopes()).containsExactly("openid", "profile", "email");
        assertThat(defaults.displayName()).isEqualTo("OpenID Connect");

        assertThatThrownBy(() -> new OidcSettings(URI.create("https://idp.example"), "id", "secret", null,
                List.of("profile", "email"), null)).hasMessage("OIDC_SCOPES: must include openid (without it there is no ID token)");
        assertThatThrownBy(() -> new OidcSettings(URI.create("https://idp.example"), "id", "secret", null,
                List.of("openid", "a\"b"), null)).hasMessage("OIDC_SCOPES: must be scope names separated by spaces or commas");
    }

    @Test
    void theDisplayNameIsShortPlainText() {
        assertThat(new OidcSettings(URI.create("https://idp.example"), "id", "secret", "  Okta ", null, null).displayName())
                .isEqualTo("Okta");
        assertThatThrownBy(() -> new OidcSettings(URI.create("https://idp.example"), "id", "secret", "x".repeat(65), null, null))
                .hasMessageStartingWith("OIDC_DISPLAY_NAME: must be at most 64 characters");
    }

    @Test
    void limitsArePositive() {
        assertThatThrownBy(() -> new HttpLimits(Duration.ZERO, Duration.ofSeconds(1), 4096)).hasMessageContaining("connect timeout");
        assertThatThrownBy(() -> new HttpLimits(Duration.ofSeconds(1), Duration.ofSeconds(-1), 4096)).hasMessageContaining("read timeout");
        assertThatThrownBy(() -> new HttpLimits(Duration.ofSeconds(1), Duration.ofSeconds(1), 10)).hasMessageContaining("1024 bytes");
    }
}
