package dev.notesmcp.bootstrap.identity;

import dev.notesmcp.adapter.oidc.GitLabSettings;
import dev.notesmcp.adapter.oidc.GoogleSettings;
import dev.notesmcp.adapter.oidc.OidcSettings;
import dev.notesmcp.bootstrap.config.Environment;
import dev.notesmcp.bootstrap.config.InvalidSettingsException;
import dev.notesmcp.bootstrap.config.Settings;
import dev.notesmcp.bootstrap.config.SettingsLoader;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The {@code google}, {@code gitlab} and {@code oidc} adapters read their own variables: defaults,
 * lists, and one problem line per missing or refused variable, starting with its name and never
 * repeating a secret. Reading settings calls nobody: discovery waits for the server's start.
 */
class OidcIdentityAdaptersTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef-signing";

    private static Settings load(String... pairs) {
        return SettingsLoader.load(Environment.of(variables(pairs)));
    }

    private static List<String> problems(String... pairs) {
        InvalidSettingsException refused = catchThrowableOfType(InvalidSettingsException.class, () -> load(pairs));
        assertThat(refused).as("settings should have been refused").isNotNull();
        return refused.problems();
    }

    /** A public URL and a signing secret, then {@code pairs}. */
    private static Map<String, String> variables(String... pairs) {
        Map<String, String> variables = new HashMap<>(Map.of("PUBLIC_URL", "https://notes.example.com",
                "JWT_SIGNING_SECRET", SECRET));
        for (int i = 0; i < pairs.length; i += 2) {
            variables.put(pairs[i], pairs[i + 1]);
        }
        return variables;
    }

    @Nested
    class Google {

        private GoogleSettings google(String... pairs) {
            return load(pairs).identityProvider(GoogleIdentityAdapter.Google.class).orElseThrow().settings();
        }

        @Test
        void anOAuthClientIsEnoughAndTheIssuerIsGooglesOwn() {
            GoogleSettings settings = google("IDENTITY_PROVIDERS", "google",
                    "GOOGLE_CLIENT_ID", "123.apps.googleusercontent.com", "GOOGLE_CLIENT_SECRET", "GOCSPX-hidden");

            assertThat(settings.clientId()).isEqualTo("123.apps.googleusercontent.com");
            assertThat(settings.issuer()).isEqualTo(URI.create("https://accounts.google.com"));
            assertThat(settings.hostedDomains()).isEmpty();
            assertThat(load("IDENTITY_PROVIDERS", "google", "GOOGLE_CLIENT_ID", "id", "GOOGLE_CLIENT_SECRET",
                    "GOCSPX-hidden").toString()).doesNotContain("GOCSPX-hidden");
        }

        @Test
        void hostedDomainsAreACommaList() {
            assertThat(google("IDENTITY_PROVIDERS", "google", "GOOGLE_CLIENT_ID", "id", "GOOGLE_CLIENT_SECRET", "s",
                    "GOOGLE_HOSTED_DOMAINS", " Example.com , example.org ,,").hostedDomains())
                    .containsExactlyInAnyOrder("example.com", "example.org");
        }

        @Test
        void theClientIdAndSecretAreRequiredOneLineEach() {
            assertThat(problems("IDENTITY_PROVIDERS", "google")).containsExactly(
                    "GOOGLE_CLIENT_ID: required for Google sign-in (the Client ID of your OAuth client in the Google"
                            + " Cloud console)",
                    "GOOGLE_CLIENT_SECRET: required for Google sign-in (the Client secret of your OAuth client in the"
                            + " Google Cloud console)");
        }

        @Test
        void aRefusedIssuerOrDomainNamesItsVariable() {
            assertThat(problems("IDENTITY_PROVIDERS", "google", "GOOGLE_CLIENT_ID", "id", "GOOGLE_CLIENT_SECRET", "s",
                    "GOOGLE_ISSUER", "https://accounts google.com")).containsExactly(
                    "GOOGLE_ISSUER: is not a valid URL (got 'https://accounts google.com')");
            assertThat(problems("IDENTITY_PROVIDERS", "google", "GOOGLE_CLIENT_ID", "id", "GOOGLE_CLIENT_SECRET", "s",
                    "GOOGLE_ISSUER", "http://accounts.example.com")).containsExactly(
                    "GOOGLE_ISSUER: must use https (plain http is allowed only on a loopback host)");
            assertThat(problems("IDENTITY_PROVIDERS", "google", "GOOGLE_CLIENT_ID", "id", "GOOGLE_CLIENT_SECRET", "s",
                    "GOOGLE_HOSTED_DOMAINS", "example.com,not a domain")).containsExactly(
                    "GOOGLE_HOSTED_DOMAINS: must be a comma list of domain names such as example.com");
        }

        @Test
        void aSecretThatIsRefusedIsNotRepeated() {
            assertThat(problems("IDENTITY_PROVIDERS", "google", "GOOGLE_CLIENT_ID", "id",
                    "GOOGLE_CLIENT_SECRET", "GOCSPX-a\u0007b")).singleElement().asString()
                    .startsWith("GOOGLE_CLIENT_SECRET: ").doesNotContain("GOCSPX");
        }
    }

    @Nested
    class GitLab {

        private GitLabSettings gitLab(String... pairs) {
            return load(pairs).identityProvider(GitLabIdentityAdapter.GitLab.class).orElseThrow().settings();
        }

        @Test
        void gitLabComIsTheDefault() {
            assertThat(gitLab("IDENTITY_PROVIDERS", "gitlab", "GITLAB_CLIENT_ID", "app", "GITLAB_CLIENT_SECRET", "gloas")
                    .url()).isEqualTo(URI.create("https://gitlab.com"));
        }

        @Test
        void aSelfManagedGitLabKeepsItsPathPrefixAndItsGroupsAreACommaList() {
            GitLabSettings settings = gitLab("IDENTITY_PROVIDERS", "gitlab", "GITLAB_CLIENT_ID", "app",
                    "GITLAB_CLIENT_SECRET", "gloas", "GITLAB_URL", "https://git.example.com/gitlab/",
                    "GITLAB_ALLOWED_GROUPS", "acme/platform, ops,");

            assertThat(settings.url()).isEqualTo(URI.create("https://git.example.com/gitlab"));
            assertThat(settings.allowedGroups()).containsExactlyInAnyOrder("acme/platform", "ops");
        }

        @Test
        void missingAndRefusedVariablesAreOneLineEach() {
            assertThat(problems("IDENTITY_PROVIDERS", "gitlab", "GITLAB_URL", "git example")).containsExactly(
                    "GITLAB_CLIENT_ID: required for GitLab sign-in (the Application ID of your GitLab application)",
                    "GITLAB_CLIENT_SECRET: required for GitLab sign-in (the Secret of your GitLab application)",
                    "GITLAB_URL: is not a valid URL (got 'git example')");
            assertThat(problems("IDENTITY_PROVIDERS", "gitlab", "GITLAB_CLIENT_ID", "app", "GITLAB_CLIENT_SECRET", "s",
                    "GITLAB_URL", "https://git.example.com/?x=1")).containsExactly(
                    "GITLAB_URL: must not carry user info, a query or a fragment");
        }
    }

    @Nested
    class GenericOidc {

        private OidcSettings oidc(String... pairs) {
            return load(pairs).identityProvider(GenericOidcIdentityAdapter.Oidc.class).orElseThrow().settings();
        }

        @Test
        void theIssuerIsKeptExactlyAndTheDefaultsFillTheRest() {
            OidcSettings settings = oidc("IDENTITY_PROVIDERS", "oidc", "OIDC_ISSUER", "https://acme.eu.auth0.com/",
                    "OIDC_CLIENT_ID", "client", "OIDC_CLIENT_SECRET", "secret");

            assertThat(settings.issuer()).isEqualTo(URI.create("https://acme.eu.auth0.com/"));
            assertThat(settings.displayName()).isEqualTo("OpenID Connect");
            assertThat(settings.scopes()).containsExactly("openid", "profile", "email");
        }

        @Test
        void theLabelAndScopesAreConfigurable() {
            OidcSettings settings = oidc("IDENTITY_PROVIDERS", "oidc", "OIDC_ISSUER", "https://login.example.com/realms/x",
                    "OIDC_CLIENT_ID", "client", "OIDC_CLIENT_SECRET", "secret", "OIDC_DISPLAY_NAME", "Acme SSO",
                    "OIDC_SCOPES", "openid, profile  groups");

            assertThat(settings.displayName()).isEqualTo("Acme SSO");
            assertThat(settings.scopes()).containsExactly("openid", "profile", "groups");
        }

        @Test
        void theIssuerClientIdAndSecretAreRequiredOneLineEach() {
            assertThat(problems("IDENTITY_PROVIDERS", "oidc")).containsExactly(
                    "OIDC_ISSUER: required for OpenID Connect sign-in (the provider's issuer URL, e.g."
                            + " https://login.example.com/realms/notes)",
                    "OIDC_CLIENT_ID: required for OpenID Connect sign-in (the client id the provider gave this server)",
                    "OIDC_CLIENT_SECRET: required for OpenID Connect sign-in (the client secret the provider gave this"
                            + " server)");
        }

        @Test
        void scopesWithoutOpenidAndOverlongLabelsAreRefused() {
            String[] base = {"IDENTITY_PROVIDERS", "oidc", "OIDC_ISSUER", "https://idp.example.com",
                    "OIDC_CLIENT_ID", "c", "OIDC_CLIENT_SECRET", "s"};
            assertThat(problems(with(base, "OIDC_SCOPES", "profile email"))).containsExactly(
                    "OIDC_SCOPES: must include openid (without it there is no ID token)");
            assertThat(problems(with(base, "OIDC_DISPLAY_NAME", "x".repeat(65)))).singleElement().asString()
                    .startsWith("OIDC_DISPLAY_NAME: must be at most 64 characters");
        }
    }

    @Test
    void everyProvidersProblemsAreReportedInOneStart() {
        assertThat(problems("IDENTITY_PROVIDERS", "google,gitlab,oidc", "GOOGLE_CLIENT_SECRET", "s",
                "GITLAB_CLIENT_ID", "app", "OIDC_ISSUER", "https://idp.example.com", "OIDC_CLIENT_ID", "c"))
                .extracting(line -> line.substring(0, line.indexOf(':')))
                .containsExactly("GOOGLE_CLIENT_ID", "GITLAB_CLIENT_SECRET", "OIDC_CLIENT_SECRET");
    }

    @Test
    void readingTheSettingsCallsNoProvider() {
        // Nothing listens on port 9 of loopback; discovery only happens when the server starts.
        Settings settings = load("IDENTITY_PROVIDERS", "google,gitlab,oidc",
                "GOOGLE_CLIENT_ID", "id", "GOOGLE_CLIENT_SECRET", "s", "GOOGLE_ISSUER", "http://127.0.0.1:9/google",
                "GITLAB_CLIENT_ID", "app", "GITLAB_CLIENT_SECRET", "s", "GITLAB_URL", "http://127.0.0.1:9/gitlab",
                "OIDC_ISSUER", "http://127.0.0.1:9/realms/x", "OIDC_CLIENT_ID", "c", "OIDC_CLIENT_SECRET", "s");

        assertThat(settings.identityProviderNames()).containsExactly("google", "gitlab", "oidc");
    }

    private static String[] with(String[] base, String... more) {
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }
}
