package dev.notesmcp.bootstrap;

import dev.notesmcp.bootstrap.config.InvalidSettingsException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Discovery happens as the server starts: a provider whose discovery document names another issuer,
 * or that cannot be reached, stops the start with one line per provider naming the variable to fix
 * (Main prints them like any configuration problem, without a stack trace: PackagedServerIT).
 */
class IdentityProviderStartupTest {

    private static final String GITLAB_SECRET = "gloas-must-never-be-printed";

    @Test
    void anIssuerWhoseDiscoveryDocumentNamesAnotherIssuerStopsTheStartInOneLine() {
        try (DiscoveryDocument proxy = DiscoveryDocument.naming("/gitlab", "https://gitlab.example.com")) {
            InvalidSettingsException refused = refusedStart(Map.of("IDENTITY_PROVIDERS", "gitlab",
                    "GITLAB_CLIENT_ID", "gitlab-app", "GITLAB_CLIENT_SECRET", GITLAB_SECRET,
                    "GITLAB_URL", proxy.issuer().toString()));

            assertThat(refused.problems()).containsExactly("GITLAB_URL is " + proxy.issuer() + " but the provider's"
                    + " discovery document at " + proxy.issuer() + "/.well-known/openid-configuration names its issuer"
                    + " https://gitlab.example.com; they must be identical (OpenID Connect Discovery 1.0, section 4.3): set"
                    + " GITLAB_URL to exactly the provider's issuer");
        }
    }

    @Test
    void everyProviderThatCannotBeUsedIsOneLineAndNoSecretIsShown() {
        int closed = TestServer.freePort(); // released at once: nothing listens there
        try (DiscoveryDocument proxy = DiscoveryDocument.naming("/gitlab", "https://gitlab.example.com")) {
            InvalidSettingsException refused = refusedStart(Map.of("IDENTITY_PROVIDERS", "gitlab,oidc",
                    "GITLAB_CLIENT_ID", "gitlab-app", "GITLAB_CLIENT_SECRET", GITLAB_SECRET,
                    "GITLAB_URL", proxy.issuer().toString(),
                    "OIDC_ISSUER", "http://127.0.0.1:" + closed + "/realms/notes", "OIDC_CLIENT_ID", "notes",
                    "OIDC_CLIENT_SECRET", "oidc-secret-never-printed"));

            assertThat(refused.problems()).hasSize(2)
                    .anySatisfy(line -> assertThat(line).startsWith("GITLAB_URL is "))
                    .anySatisfy(line -> assertThat(line).startsWith("the OpenID Connect provider OIDC_ISSUER=http://127.0.0.1:"
                            + closed + "/realms/notes could not be asked for its discovery document"))
                    .allSatisfy(line -> assertThat(line).doesNotContain("\n", GITLAB_SECRET, "oidc-secret-never-printed"));
        }
    }

    private static InvalidSettingsException refusedStart(Map<String, String> variables) {
        InvalidSettingsException refused = catchThrowableOfType(InvalidSettingsException.class,
                () -> TestServer.start(variables).close());
        assertThat(refused).as("the server must not start").isNotNull();
        return refused;
    }
}
