package dev.notesmcp.bootstrap;

import dev.notesmcp.bootstrap.config.Environment;
import dev.notesmcp.bootstrap.config.SettingsLoader;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class StartupBannerTest {

    @Test
    void namesEveryIdentityProviderWithTheCallbackUrlToRegisterInOrder() {
        var settings = SettingsLoader.load(Environment.of(Map.of("IDENTITY_PROVIDERS", "github,dev",
                "GITHUB_CLIENT_ID", "id", "GITHUB_CLIENT_SECRET", "s", "JWT_SIGNING_SECRET", TestServer.SECRET,
                "PUBLIC_URL", "http://localhost:10000")));

        assertThat(StartupBanner.lines(settings, 10000)).containsSubsequence(
                "  Sign-in with github, callback URL: http://localhost:10000/oauth/github/callback",
                "  Sign-in with dev, callback URL: http://localhost:10000/oauth/dev/callback");
    }

    @Test
    void saysWhereMetricsAreServedWhenThereIsAManagementListener() {
        var settings = SettingsLoader.load(Environment.of(Map.of("MANAGEMENT_PORT", "0",
                "PUBLIC_URL", "http://localhost:10000")));

        assertThat(StartupBanner.lines(settings, 10000, OptionalInt.of(9464)))
                .contains("  Metrics (Prometheus, management listener only): http://127.0.0.1:9464/metrics");
        assertThat(StartupBanner.lines(SettingsLoader.load(Environment.of(Map.of())), 10000))
                .noneMatch(line -> line.contains("/metrics"));
    }

    @Test
    void namesTheOpenIdConnectProvidersCallbackUrlsToo() {
        var settings = SettingsLoader.load(Environment.of(Map.ofEntries(
                Map.entry("IDENTITY_PROVIDERS", "google,gitlab,oidc"), Map.entry("PUBLIC_URL", "https://notes.example.com"),
                Map.entry("JWT_SIGNING_SECRET", TestServer.SECRET),
                Map.entry("GOOGLE_CLIENT_ID", "id"), Map.entry("GOOGLE_CLIENT_SECRET", "s"),
                Map.entry("GITLAB_CLIENT_ID", "id"), Map.entry("GITLAB_CLIENT_SECRET", "s"),
                Map.entry("OIDC_ISSUER", "https://login.example.com/realms/notes"), Map.entry("OIDC_CLIENT_ID", "id"),
                Map.entry("OIDC_CLIENT_SECRET", "s"))));

        assertThat(StartupBanner.lines(settings, 10000)).containsSubsequence(
                "  Sign-in with google, callback URL: https://notes.example.com/oauth/google/callback",
                "  Sign-in with gitlab, callback URL: https://notes.example.com/oauth/gitlab/callback",
                "  Sign-in with oidc, callback URL: https://notes.example.com/oauth/oidc/callback");
    }
}
