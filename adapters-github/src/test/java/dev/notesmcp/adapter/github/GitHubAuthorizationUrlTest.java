package dev.notesmcp.adapter.github;

import dev.notesmcp.adapter.github.fake.FakeGitHub;
import dev.notesmcp.domain.identity.UpstreamSignIn;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static dev.notesmcp.adapter.github.fake.FakeGitHub.queryParameter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GitHubAuthorizationUrlTest {

    private static final URI CALLBACK = URI.create("https://notes.example/oauth/github/callback");
    /** RFC 7636 Appendix B's verifier, whose S256 challenge is known. */
    private static final UpstreamSignIn SIGN_IN = new UpstreamSignIn("github", "st4te-0123456789abcdefghij",
            "n0nce-0123456789abcdefghij", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");

    private static GitHubIdentityProvider provider(String webUrl) {
        return new GitHubIdentityProvider(GitHubProviderSettings.of("Iv1.abc", "client-secret-value",
                URI.create(webUrl), URI.create("https://api.example")));
    }

    @Test
    void pointsAtGitHubDotComWithOurClientCallbackStateScopeAndPkceChallenge() {
        URI url = new GitHubIdentityProvider(GitHubProviderSettings.of("Iv1.abc", "client-secret-value"))
                .authorizationUrl(SIGN_IN, CALLBACK);

        assertThat(url).hasToString("https://github.com/login/oauth/authorize?client_id=Iv1.abc"
                + "&redirect_uri=https%3A%2F%2Fnotes.example%2Foauth%2Fgithub%2Fcallback"
                + "&state=st4te-0123456789abcdefghij&scope=read%3Auser"
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256");
    }

    @Test
    void keepsAnEnterpriseServerPathWithoutDoubleSlashes() {
        URI url = provider("https://ghe.example.com/github/").authorizationUrl(SIGN_IN, CALLBACK);

        assertThat(url.getScheme()).isEqualTo("https");
        assertThat(url.getHost()).isEqualTo("ghe.example.com");
        assertThat(url.getRawPath()).isEqualTo("/github/login/oauth/authorize");
        assertThat(url.toString().substring("https://".length())).doesNotContain("//");
    }

    @Test
    void encodesEveryParameterSoItComesBackUnchanged() {
        URI callback = URI.create("https://notes.example/prefix/oauth/github/callback?tenant=a%20b&x=1");

        URI url = provider("https://github.com").authorizationUrl(SIGN_IN, callback);

        assertThat(url.getRawQuery()).doesNotContain(" ", "+", "#").contains("scope=read%3Auser");
        assertThat(url.getRawQuery().split("&")).hasSize(6);
        assertThat(queryParameter(url, "state")).contains(SIGN_IN.state());
        assertThat(queryParameter(url, "redirect_uri")).contains(callback.toString());
        assertThat(queryParameter(url, "client_id")).contains("Iv1.abc");
        assertThat(queryParameter(url, "scope")).contains("read:user");
        assertThat(url.getRawQuery()).doesNotContain("client-secret-value").doesNotContain(SIGN_IN.codeVerifier())
                .doesNotContain(SIGN_IN.nonce());
    }

    @Test
    void leadsABrowserBackToTheCallbackWithACodeAndTheSameState() {
        try (FakeGitHub github = FakeGitHub.start()) {
            GitHubIdentityProvider provider = new GitHubIdentityProvider(GitHubProviderSettings.of(
                    github.clientId(), github.clientSecret(), github.webUrl(), github.apiUrl()));

            URI back = github.authorize(provider.authorizationUrl(SIGN_IN, CALLBACK));

            assertThat(back.toString()).startsWith(CALLBACK + "?");
            assertThat(queryParameter(back, "state")).contains(SIGN_IN.state());
            assertThat(queryParameter(back, "code")).isPresent();
        }
    }

    @Test
    void refusesARelativeCallbackOrNoSignIn() {
        GitHubIdentityProvider provider = provider("https://github.com");

        assertThatThrownBy(() -> provider.authorizationUrl(SIGN_IN, URI.create("/oauth/github/callback")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> provider.authorizationUrl(null, CALLBACK)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void isNamedGithubAndKnownAsGitHub() {
        assertThat(provider("https://github.com").name()).isEqualTo("github");
        assertThat(provider("https://github.com").displayName()).isEqualTo("GitHub");
    }
}
