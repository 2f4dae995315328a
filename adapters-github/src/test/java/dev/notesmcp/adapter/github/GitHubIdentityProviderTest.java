package dev.notesmcp.adapter.github;

import dev.notesmcp.adapter.github.fake.FakeGitHub;
import dev.notesmcp.adapter.github.fake.FakeGitHub.RecordedRequest;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider.Failed;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider.Identified;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider.Login;
import dev.notesmcp.domain.identity.UpstreamIdentity;
import dev.notesmcp.domain.identity.UpstreamSignIn;
import dev.notesmcp.domain.identity.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;

import static dev.notesmcp.adapter.github.fake.FakeGitHub.queryParameter;
import static org.assertj.core.api.Assertions.assertThat;

/** The happy path against the fake GitHub, and what a wrong code, secret or callback gives. */
class GitHubIdentityProviderTest {

    private static final URI CALLBACK = URI.create("https://notes.example/oauth/github/callback");

    private FakeGitHub github = FakeGitHub.start();
    private final UpstreamSignIn signIn = UpstreamSignIn.start("github");

    @AfterEach
    void stopGitHub() {
        github.close();
    }

    private GitHubIdentityProvider provider() {
        return provider(github.clientSecret());
    }

    private GitHubIdentityProvider provider(String clientSecret) {
        return new GitHubIdentityProvider(GitHubProviderSettings.of(github.clientId(), clientSecret,
                github.webUrl(), github.apiUrl()));
    }

    private String signInThroughTheBrowser(GitHubIdentityProvider provider) {
        URI back = github.authorize(provider.authorizationUrl(signIn, CALLBACK));
        return queryParameter(back, "code").orElseThrow();
    }

    @Test
    void identifiesWhoSignedIn() {
        github.signInAs(42, "ada-lovelace");
        GitHubIdentityProvider provider = provider();

        Login login = provider.identify(signInThroughTheBrowser(provider), signIn, CALLBACK);

        assertThat(login).isEqualTo(new Identified(new UpstreamIdentity(UserId.of("github", "42"), "ada-lovelace")));
        assertThat(((Identified) login).identity().user().value()).isEqualTo("github:42");
    }

    @Test
    void exchangesTheCodeAsGitHubExpects() {
        GitHubIdentityProvider provider = provider();
        String code = signInThroughTheBrowser(provider);

        provider.identify(code, signIn, CALLBACK);

        RecordedRequest exchange = github.lastRequest("/login/oauth/access_token").orElseThrow();
        assertThat(exchange.method()).isEqualTo("POST");
        assertThat(exchange.header("Accept")).contains("application/json");
        assertThat(exchange.header("Content-Type")).contains("application/x-www-form-urlencoded");
        assertThat(exchange.header("User-Agent")).contains("notes-mcp");
        assertThat(exchange.rawQuery()).isNull();
        assertThat(exchange.form()).isEqualTo(Map.of(
                "client_id", github.clientId(),
                "client_secret", github.clientSecret(),
                "code", code,
                "redirect_uri", CALLBACK.toString(),
                "code_verifier", signIn.codeVerifier()));
    }

    @Test
    void asksTheApiWhoHoldsTheTokenAsGitHubExpects() {
        GitHubIdentityProvider provider = provider();

        provider.identify(signInThroughTheBrowser(provider), signIn, CALLBACK);

        RecordedRequest user = github.lastRequest("/user").orElseThrow();
        assertThat(user.method()).isEqualTo("GET");
        assertThat(user.header("Authorization")).contains("Bearer " + github.issuedTokens().getFirst());
        assertThat(user.header("Accept")).contains("application/vnd.github+json");
        assertThat(user.header("X-GitHub-Api-Version")).contains("2022-11-28");
        assertThat(user.header("User-Agent")).contains("notes-mcp");
    }

    @Test
    void worksWithAnEnterpriseServerUnderAPath() {
        github.close();
        github = FakeGitHub.builder().pathPrefix("/ghe").start();
        github.signInAs(7, "mona");
        // As an operator might write them: with trailing slashes.
        GitHubIdentityProvider provider = new GitHubIdentityProvider(GitHubProviderSettings.of(github.clientId(),
                github.clientSecret(), URI.create(github.webUrl() + "/"), URI.create(github.apiUrl() + "/")));

        Login login = provider.identify(signInThroughTheBrowser(provider), signIn, CALLBACK);

        assertThat(login).isEqualTo(new Identified(new UpstreamIdentity(UserId.of("github", "7"), "mona")));
        assertThat(github.requests()).extracting(RecordedRequest::path).containsExactly(
                "/ghe/login/oauth/authorize", "/ghe/login/oauth/access_token", "/ghe/api/v3/user");
    }

    @Test
    void aCodeIssuedWithAPkceChallengeIsRefusedWithAnotherVerifierAndNeverReachesTheApi() {
        GitHubIdentityProvider provider = provider();
        String code = signInThroughTheBrowser(provider);
        UpstreamSignIn otherVerifier = UpstreamSignIn.start("github");

        assertThat(provider.identify(code, otherVerifier, CALLBACK)).isEqualTo(new Failed(Messages.CODE_REFUSED));
        assertThat(github.requests()).extracting(RecordedRequest::path).doesNotContain("/user");
    }

    @Test
    void seesEachUserByTheirOwnId() {
        GitHubIdentityProvider provider = provider();
        github.signInAs(1, "first");
        String firstCode = signInThroughTheBrowser(provider);
        github.signInAs(2, "second");
        String secondCode = signInThroughTheBrowser(provider);

        assertThat(provider.identify(secondCode, signIn, CALLBACK)).isEqualTo(
                new Identified(new UpstreamIdentity(UserId.of("github", "2"), "second")));
        assertThat(provider.identify(firstCode, signIn, CALLBACK)).isEqualTo(
                new Identified(new UpstreamIdentity(UserId.of("github", "1"), "first")));
    }

    @Test
    void aCodeWorksOnlyOnce() {
        GitHubIdentityProvider provider = provider();
        String code = signInThroughTheBrowser(provider);

        assertThat(provider.identify(code, signIn, CALLBACK)).isInstanceOf(Identified.class);
        assertThat(provider.identify(code, signIn, CALLBACK)).isEqualTo(new Failed(Messages.CODE_REFUSED));
    }

    @Test
    void anUnknownCodeIsRefusedWithGitHubsHttp200ErrorReply() {
        assertThat(provider().identify("0123456789abcdef0123", signIn, CALLBACK)).isEqualTo(new Failed(Messages.CODE_REFUSED));
        assertThat(github.requests()).extracting(RecordedRequest::path).doesNotContain("/user");
    }

    @Test
    void aWrongClientSecretIsAnOperatorProblemAndNeverShown() {
        String wrongSecret = "not-the-secret-" + github.clientSecret();
        GitHubIdentityProvider provider = provider(wrongSecret);
        try (CapturedLog log = new CapturedLog()) {

            Login login = provider.identify(github.issueCode(CALLBACK), signIn, CALLBACK);

            assertThat(login).isEqualTo(new Failed(Messages.CREDENTIALS_REFUSED));
            assertThat(((Failed) login).message()).contains("GITHUB_CLIENT_SECRET").doesNotContain(wrongSecret);
            assertThat(log.lines()).singleElement().asString()
                    .startsWith("SEVERE").contains("incorrect_client_credentials").doesNotContain(wrongSecret);
        }
    }

    @Test
    void aCallbackOtherThanTheOneTheCodeWasIssuedForIsRefused() {
        String code = github.issueCode(CALLBACK);

        Login login = provider().identify(code, signIn, URI.create("https://elsewhere.example/oauth/github/callback"));

        assertThat(login).isEqualTo(new Failed(Messages.CALLBACK_REFUSED));
    }

    @Test
    void aMissingOrMalformedCodeNeverReachesGitHub() {
        GitHubIdentityProvider provider = provider();

        assertThat(provider.identify(null, signIn, CALLBACK)).isEqualTo(new Failed(Messages.NO_CODE));
        assertThat(provider.identify("", signIn, CALLBACK)).isEqualTo(new Failed(Messages.NO_CODE));
        assertThat(provider.identify("with space", signIn, CALLBACK)).isEqualTo(new Failed(Messages.NO_CODE));
        assertThat(provider.identify("x".repeat(513), signIn, CALLBACK)).isEqualTo(new Failed(Messages.NO_CODE));
        assertThat(github.requests()).isEmpty();
    }

    @Test
    void logsNeitherTheCodeNorTheTokenOnSuccess() {
        GitHubIdentityProvider provider = provider();
        String code = signInThroughTheBrowser(provider);
        try (CapturedLog log = new CapturedLog()) {

            provider.identify(code, signIn, CALLBACK);

            assertThat(String.join("\n", log.lines()))
                    .doesNotContain(code)
                    .doesNotContain(github.issuedTokens().getFirst())
                    .doesNotContain(github.clientSecret());
        }
    }
}
