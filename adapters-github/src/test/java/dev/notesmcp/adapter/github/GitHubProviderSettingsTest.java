package dev.notesmcp.adapter.github;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.util.List;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GitHubProviderSettingsTest {

    private static final String ID = "Iv1.0123456789abcdef";
    private static final String SECRET = "s3cr3t-value-kept-out-of-every-message-9f";

    @Test
    void defaultsToGitHubDotCom() {
        GitHubProviderSettings settings = GitHubProviderSettings.of(ID, SECRET);

        assertThat(settings.webUrl()).isEqualTo(URI.create("https://github.com"));
        assertThat(settings.apiUrl()).isEqualTo(URI.create("https://api.github.com"));
        assertThat(settings.connectTimeout()).isEqualTo(GitHubProviderSettings.DEFAULT_CONNECT_TIMEOUT);
        assertThat(settings.readTimeout()).isEqualTo(GitHubProviderSettings.DEFAULT_READ_TIMEOUT);
    }

    @Test
    void keepsEnterpriseBaseUrlsWithTheirPathsButWithoutTrailingSlashes() {
        GitHubProviderSettings settings = GitHubProviderSettings.of(ID, SECRET,
                URI.create("https://ghe.example.com/"), URI.create("https://ghe.example.com/api/v3//"));

        assertThat(settings.webUrl()).isEqualTo(URI.create("https://ghe.example.com"));
        assertThat(settings.apiUrl()).isEqualTo(URI.create("https://ghe.example.com/api/v3"));
    }

    @Test
    void keepsAPortAndLowerCasesTheScheme() {
        GitHubProviderSettings settings = GitHubProviderSettings.of(ID, SECRET,
                URI.create("HTTP://127.0.0.1:8080/ghe"), URI.create("http://127.0.0.1:8080/ghe/api/v3"));

        assertThat(settings.webUrl()).isEqualTo(URI.create("http://127.0.0.1:8080/ghe"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://github.com", "github.com", "/login", "https://github.com?x=1",
            "https://github.com#top", "https://user:pass@github.com", "mailto:a@github.com"})
    void refusesBaseUrlsThatAreNotPlainHttpOrHttps(String url) {
        assertThatThrownBy(() -> GitHubProviderSettings.of(ID, SECRET, URI.create(url), GitHubProviderSettings.DEFAULT_API_URL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GITHUB_URL")
                .message().doesNotContain("pass");
    }

    @Test
    void requiresClientIdAndSecret() {
        assertThatThrownBy(() -> GitHubProviderSettings.of(" ", SECRET)).hasMessageContaining("GITHUB_CLIENT_ID");
        assertThatThrownBy(() -> GitHubProviderSettings.of(ID, "")).hasMessageContaining("GITHUB_CLIENT_SECRET");
        assertThatThrownBy(() -> GitHubProviderSettings.of(ID, null)).hasMessageContaining("GITHUB_CLIENT_SECRET");
    }

    @Test
    void refusesASecretWithStrayWhitespaceWithoutRepeatingIt() {
        assertThatThrownBy(() -> GitHubProviderSettings.of(ID, SECRET + "\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GITHUB_CLIENT_SECRET")
                .message().doesNotContain(SECRET);
    }

    @Test
    void refusesTimeoutsThatAreNotPositive() {
        GitHubProviderSettings settings = GitHubProviderSettings.of(ID, SECRET);

        assertThatThrownBy(() -> settings.withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connect timeout");
        assertThatThrownBy(() -> settings.withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("read timeout");
    }

    @Test
    void toStringNeverShowsTheSecret() {
        GitHubProviderSettings settings = GitHubProviderSettings.of(ID, SECRET);

        assertThat(settings.toString())
                .doesNotContain(SECRET)
                .doesNotContain(SECRET.substring(0, 8))
                .contains(ID)
                .contains("https://github.com")
                .contains("clientSecret=***");
    }

    @Test
    void takesAllowedOrganisationsAndRefusesNamesGitHubWouldNotAllowNamingTheVariable() {
        GitHubProviderSettings settings = GitHubProviderSettings.of(ID, SECRET).withAllowedOrgs(List.of("acme", "My-Org2"));

        assertThat(settings.allowedOrgs()).containsExactly("acme", "My-Org2");
        assertThat(settings.toString()).contains("allowedOrgs=[acme, My-Org2]");
        assertThat(GitHubProviderSettings.of(ID, SECRET).allowedOrgs()).isEmpty();
        for (String bad : List.of("", "-acme", "acme-", "ac--me", "a/b", "a".repeat(40), "acme org")) {
            assertThatThrownBy(() -> GitHubProviderSettings.of(ID, SECRET).withAllowedOrgs(List.of(bad)))
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("GITHUB_ALLOWED_ORGS");
        }
    }
}
