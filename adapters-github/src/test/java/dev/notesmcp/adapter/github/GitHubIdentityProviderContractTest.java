package dev.notesmcp.adapter.github;

import dev.notesmcp.adapter.github.fake.FakeGitHub;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider;
import dev.notesmcp.application.port.out.UpstreamIdentityProviderContract;
import org.junit.jupiter.api.AfterEach;

import java.net.URI;
import java.util.Set;

/** GitHub sign-in keeps the identity-provider contract, against the in-process fake GitHub. */
class GitHubIdentityProviderContractTest extends UpstreamIdentityProviderContract {

    private final FakeGitHub github = FakeGitHub.start().signInAs(583231, "octocat");

    @AfterEach
    void stopGitHub() {
        github.close();
    }

    @Override
    protected UpstreamIdentityProvider newProvider() {
        return new GitHubIdentityProvider(GitHubProviderSettings.of(github.clientId(), github.clientSecret(),
                github.webUrl(), github.apiUrl()));
    }

    @Override
    protected URI callback() {
        return URI.create("https://notes.example/oauth/github/callback");
    }

    @Override
    protected Set<Supports> supports() {
        return Set.of(Supports.PKCE);
    }

    @Override
    protected URI signIn(URI authorizationUrl) {
        return github.authorize(authorizationUrl);
    }
}
