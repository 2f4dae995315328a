package dev.notesmcp.adapter.oidc;

import dev.notesmcp.adapter.oidc.fixture.Browser;
import dev.notesmcp.adapter.oidc.fixture.CraftedIssuer;
import dev.notesmcp.adapter.oidc.fixture.MockIssuer;
import dev.notesmcp.adapter.oidc.fixture.Query;
import dev.notesmcp.domain.identity.UpstreamIdentity;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider.Failed;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider.Refused;
import dev.notesmcp.domain.identity.UpstreamSignIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.notesmcp.adapter.oidc.GenericOidcSignInTest.identified;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GitLab preset as a self-managed GitLab under a path prefix ({@code GITLAB_URL=http://host/gitlab}),
 * against a real OIDC server (mock-oauth2-server) and, where GitLab's split between the ID token and
 * userinfo matters, against a provider of our own that puts the username and groups in userinfo only.
 */
class GitLabSignInTest {

    private static final String ISSUER_ID = "gitlab";
    private static MockIssuer mock;
    private static UpstreamIdentityProvider anyone;
    private static UpstreamIdentityProvider platformOnly;

    @BeforeAll
    static void startProvider() {
        mock = new MockIssuer();
        anyone = gitlab(mock.issuer(ISSUER_ID), Set.of());
        platformOnly = gitlab(mock.issuer(ISSUER_ID), Set.of("acme/platform", "Ops"));
    }

    @AfterAll
    static void stopProvider() {
        mock.close();
    }

    @Test
    void itIsCalledGitLabAndAsksForTheOpenIdScope() {
        URI url = anyone.authorizationUrl(UpstreamSignIn.start("gitlab"), Browser.callback("gitlab"));

        assertThat(anyone.name()).isEqualTo("gitlab");
        assertThat(anyone.displayName()).isEqualTo("GitLab");
        assertThat(url.toString()).startsWith(mock.issuer(ISSUER_ID) + "/authorize?");
        assertThat(Query.of(url)).containsEntry("scope", "openid");
    }

    @Test
    void aUserIsTheirGitLabSubjectShownByTheirUsername() {
        mock.nextTokens(ISSUER_ID, "4242", Map.of("nickname", "jdoe", "name", "Jane Doe", "email", "jane@example.com"));

        assertThat(identified(Browser.signIn(anyone))).isEqualTo(new UpstreamIdentity(new UserId("gitlab:4242"), "jdoe"));
    }

    @Test
    void trailingSlashesInTheGitLabUrlAreDropped() {
        UpstreamIdentityProvider slashed = gitlab(URI.create(mock.issuer(ISSUER_ID) + "//"), Set.of());
        mock.nextTokens(ISSUER_ID, "4242", Map.of("nickname", "jdoe"));

        assertThat(identified(Browser.signIn(slashed)).user()).isEqualTo(new UserId("gitlab:4242"));
    }

    @Test
    void aMemberOfAnAllowedGroupSignsIn() {
        mock.nextTokens(ISSUER_ID, "7", Map.of("nickname", "ops-person", "groups", List.of("acme", "ops")));

        assertThat(identified(Browser.signIn(platformOnly)).login()).isEqualTo("ops-person");
    }

    @Test
    void someoneInNoAllowedGroupIsRefused() {
        mock.nextTokens(ISSUER_ID, "8", Map.of("nickname", "outsider", "groups", List.of("acme", "acme/platformer")));

        assertThat(Browser.signIn(platformOnly))
                .isEqualTo(new Refused("Your GitLab account is not a member of a group allowed to use this server."));
    }

    @Test
    void withoutAGroupsClaimNobodyIsLetIn() {
        mock.nextTokens(ISSUER_ID, "9", Map.of("nickname", "nogroups"));

        assertThat(Browser.signIn(platformOnly)).isInstanceOf(Refused.class);
    }

    @Test
    void theUsernameAndGroupsComeFromUserinfo() {
        try (CraftedIssuer gitLab = new CraftedIssuer("/gitlab")) {
            gitLab.idTokenClaims(claims -> claims.claim("preferred_username", null).claim("groups", List.of("acme/platform")));
            gitLab.userInfo(Map.of("nickname", "from-userinfo", "groups", List.of("acme/platform")));
            UpstreamIdentityProvider provider = gitlab(gitLab.issuer(), Set.of("acme/platform"));

            assertThat(identified(Browser.signIn(provider))).isEqualTo(new UpstreamIdentity(
                    new UserId("gitlab:" + CraftedIssuer.SUBJECT), "from-userinfo"));

            gitLab.userInfo(Map.of("nickname", "from-userinfo", "groups", List.of("elsewhere")));
            assertThat(Browser.signIn(provider)).isInstanceOf(Refused.class);
        }
    }

    @Test
    void aUserinfoAnswerAboutSomeoneElseFails() {
        try (CraftedIssuer gitLab = new CraftedIssuer("/gitlab")) {
            gitLab.userInfo(Map.of("sub", "someone-else", "nickname", "mallory"));
            UpstreamIdentityProvider provider = gitlab(gitLab.issuer(), Set.of());

            assertThat(Browser.signIn(provider))
                    .isEqualTo(new Failed("GitLab's answer did not say who you are; try again later."));
        }
    }

    private static UpstreamIdentityProvider gitlab(URI url, Set<String> groups) {
        String id = url.toString().contains("127.0.0.1") ? CraftedIssuer.CLIENT_ID : "gitlab-application-id";
        String secret = url.toString().contains("127.0.0.1") ? CraftedIssuer.CLIENT_SECRET : "gloas-test-secret";
        return OidcIdentityProviders.gitlab(new GitLabSettings(id, secret, url, groups, null));
    }
}
