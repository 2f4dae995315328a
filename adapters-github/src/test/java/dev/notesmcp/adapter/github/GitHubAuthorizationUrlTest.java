package dev.notesmcp.adapter.github;

import dev.notesmcp.adapter.github.fake.FakeGitHub;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static dev.notesmcp.adapter.github.fake.FakeGitHub.queryParameter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GitHubAuthorizationUrlTest {

    private static final URI CALLBACK = URI.create("https://notes.example/oauth/github/callback");

    private static GitHubIdentityProvider provider(String webUrl) {
        return new GitHubIdentityProvider(GitHubProviderSettings.of("Iv1.abc", "client-secret-value",
                URI.create(webUrl), URI.create("https://api.example")));
    }

    @Test
    void pointsAtGitHubDotComWithOurClientCallbackStateAndScope() {
        URI url = new GitHubIdentityProvider(GitHubProviderSettings.of("Iv1.abc", "client-secret-value"))
                .authorizationUrl("st4te", CALLBACK);

        assertThat(url).hasToString("https://github.com/login/oauth/authorize?client_id=Iv1.abc"
                + "&redirect_uri=https%3A%2F%2Fnotes.example%2Foauth%2Fgithub%2Fcallback&state=st4te&scope=read%3Auser");
    }

    @Test
    void keepsAnEnterpriseServerPathWithoutDoubleSlashes() {
        URI url = provider("https://ghe.example.com/github/").authorizationUrl("s", CALLBACK);

        assertThat(url.getScheme()).isEqualTo("https");
        assertThat(url.getHost()).isEqualTo("ghe.example.com");
        assertThat(url.getRawPath()).isEqualTo("/github/login/oauth/authorize");
        assertThat(url.toString().substring("https://".length())).doesNotContain("//");
    }

    @Test
    void encodesEveryParameterSoItComesBackUnchanged() {
        String state = "a b&c=d+e/é?#%";
        URI callback = URI.create("https://notes.example/prefix/oauth/github/callback?tenant=a%20b&x=1");

        URI url = provider("https://github.com").authorizationUrl(state, callback);

        assertThat(url.getRawQuery()).doesNotContain(" ", "+", "#", "é").contains("scope=read%3Auser");
        assertThat(url.getRawQuery().split("&")).hasSize(4);
        assertThat(queryParameter(url, "state")).contains(state);
        assertThat(queryParameter(url, "redirect_uri")).contains(callback.toString());
        assertThat(queryParameter(url, "client_id")).contains("Iv1.abc");
        assertThat(queryParameter(url, "scope")).contains("read:user");
        assertThat(url.getRawQuery()).doesNotContain("client-secret-value");
    }

    @Test
    void leadsABrowserBackToTheCallbackWithACodeAndTheSameState() {
        try (FakeGitHub github = FakeGitHub.start()) {
            GitHubIdentityProvider provider = new GitHubIdentityProvider(GitHubProviderSettings.of(
                    github.clientId(), github.clientSecret(), github.webUrl(), github.apiUrl()));

            URI back = github.authorize(provider.authorizationUrl("state/with spaces", CALLBACK));

            assertThat(back.toString()).startsWith(CALLBACK + "?");
            assertThat(queryParameter(back, "state")).contains("state/with spaces");
            assertThat(queryParameter(back, "code")).isPresent();
        }
    }

    @Test
    void refusesABlankStateOrARelativeCallback() {
        GitHubIdentityProvider provider = provider("https://github.com");

        assertThatThrownBy(() -> provider.authorizationUrl(" ", CALLBACK)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> provider.authorizationUrl("s", URI.create("/oauth/github/callback")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> provider.authorizationUrl(null, CALLBACK)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void isNamedGithub() {
        assertThat(provider("https://github.com").name()).isEqualTo("github");
    }
}
