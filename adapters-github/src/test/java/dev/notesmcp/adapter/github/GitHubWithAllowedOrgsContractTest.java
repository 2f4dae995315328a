package dev.notesmcp.adapter.github;

import dev.notesmcp.adapter.github.fake.FakeGitHub;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider;
import dev.notesmcp.application.port.out.UpstreamIdentityProviderContract;
import org.junit.jupiter.api.AfterEach;

import java.net.URI;
import java.util.List;
import java.util.Set;

/** With GITHUB_ALLOWED_ORGS, a member of an allowed organisation still gets everything the contract promises. */
class GitHubWithAllowedOrgsContractTest extends UpstreamIdentityProviderContract {

    private final FakeGitHub github = FakeGitHub.start().signInAs(9919, "member").addMember("acme", 9919);

    @AfterEach
    void stopGitHub() {
        github.close();
    }

    @Override
    protected UpstreamIdentityProvider newProvider() {
        return new GitHubIdentityProvider(GitHubProviderSettings.of(github.clientId(), github.clientSecret(),
                github.webUrl(), github.apiUrl()).withAllowedOrgs(List.of("widgets", "acme")));
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
