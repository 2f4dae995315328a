package dev.notesmcp.bootstrap.config;

import dev.notesmcp.bootstrap.identity.GitHubIdentityAdapter;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Settings and their secrets can be logged or shown in a debugger without giving anything away. */
class SettingsTest {

    private static final String JWT_SECRET = "jwt-secret-0123456789abcdef0123456789";
    private static final String GITHUB_SECRET = "github-client-secret-value";
    private static final String DATABASE_PASSWORD = "db-password-value";
    private static final String REDIS_PASSWORD = "redis-password-value";

    @Test
    void secretsNeverShowInToString() {
        Settings settings = SettingsLoader.load(Environment.of(Map.of(
                "JWT_SIGNING_SECRET", JWT_SECRET,
                "GITHUB_CLIENT_ID", "Iv1.client",
                "GITHUB_CLIENT_SECRET", GITHUB_SECRET,
                "DATABASE_URL", "postgres://notes:" + DATABASE_PASSWORD + "@db:5432/notes",
                "REDIS_URL", "redis://:" + REDIS_PASSWORD + "@cache:6379/0")));

        assertThat(settings.toString())
                .doesNotContain(JWT_SECRET, GITHUB_SECRET, DATABASE_PASSWORD, REDIS_PASSWORD)
                .contains("Iv1.client", "***");
        assertThat(settings.identityProvider(GitHubIdentityAdapter.GitHub.class).orElseThrow().toString())
                .doesNotContain(GITHUB_SECRET);
    }

    @Test
    void anEphemeralSecretNeverShowsEither() {
        Settings settings = SettingsLoader.load(Environment.of(Map.of()));

        assertThat(settings.toString()).doesNotContain(settings.jwtSigningSecret().value());
    }

    @Test
    void aSecretPrintsAsStarsButKeepsItsValue() {
        Secret secret = new Secret("s3cr3t");

        assertThat(secret).hasToString("***");
        assertThat(String.valueOf(Optional.of(secret))).doesNotContain("s3cr3t");
        assertThat(secret.value()).isEqualTo("s3cr3t");
        assertThat(secret.bytes()).isEqualTo("s3cr3t".getBytes(StandardCharsets.UTF_8));
        assertThat(new Secret("é").bytes()).hasSize(2);
    }
}
