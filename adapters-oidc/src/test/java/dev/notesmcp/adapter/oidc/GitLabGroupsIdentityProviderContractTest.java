package dev.notesmcp.adapter.oidc;

import dev.notesmcp.adapter.oidc.fixture.MockIssuer;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider;
import dev.notesmcp.application.port.out.UpstreamIdentityProviderContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The GitLab preset with GITLAB_ALLOWED_GROUPS keeps the contract for a member of an allowed group. */
class GitLabGroupsIdentityProviderContractTest extends UpstreamIdentityProviderContract {

    private static MockIssuer mock;

    @BeforeAll
    static void startProvider() {
        mock = MockIssuer.withPerson("gitlab", "the-one-person", Map.of("nickname", "ada", "groups", List.of("acme", "acme/platform")));
    }

    @AfterAll
    static void stopProvider() {
        mock.close();
    }

    @Override
    protected UpstreamIdentityProvider newProvider() {
        return OidcIdentityProviders.gitlab(new GitLabSettings("gitlab-application-id", "gloas-secret",
                mock.issuer("gitlab"), Set.of("acme/platform"), null));
    }

    @Override
    protected URI callback() {
        return URI.create("https://notes.example/oauth/gitlab/callback");
    }

    @Override
    protected Set<Supports> supports() {
        return Set.of(Supports.NONCE, Supports.PKCE);
    }

    @Override
    protected URI signIn(URI authorizationUrl) {
        return MockIssuer.browse(authorizationUrl);
    }
}
