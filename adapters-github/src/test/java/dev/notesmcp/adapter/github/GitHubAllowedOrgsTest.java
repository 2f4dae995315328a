package dev.notesmcp.adapter.github;

import dev.notesmcp.adapter.github.fake.FakeGitHub;
import dev.notesmcp.adapter.github.fake.FakeGitHub.RecordedRequest;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider.Failed;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider.Identified;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider.Login;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider.Refused;
import dev.notesmcp.domain.identity.UpstreamSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static dev.notesmcp.adapter.github.fake.FakeGitHub.queryParameter;
import static org.assertj.core.api.Assertions.assertThat;

/** GITHUB_ALLOWED_ORGS: only active members of a listed organisation sign in, checked with their own token. */
class GitHubAllowedOrgsTest {

    private static final URI CALLBACK = URI.create("https://notes.example/oauth/github/callback");
    private static final long ADA = 42;

    private final FakeGitHub github = FakeGitHub.start().signInAs(ADA, "ada");
    private final UpstreamSignIn signIn = UpstreamSignIn.start("github");

    @AfterEach
    void stopGitHub() {
        github.close();
    }

    private GitHubIdentityProvider provider(String... orgs) {
        return new GitHubIdentityProvider(GitHubProviderSettings.of(github.clientId(), github.clientSecret(),
                github.webUrl(), github.apiUrl()).withAllowedOrgs(List.of(orgs)));
    }

    private Login signInWith(GitHubIdentityProvider provider) {
        URI back = github.authorize(provider.authorizationUrl(signIn, CALLBACK));
        return provider.identify(queryParameter(back, "code").orElseThrow(), signIn, CALLBACK);
    }

    private List<String> membershipLookups() {
        return github.requests().stream().map(RecordedRequest::path)
                .filter(path -> path.contains("/user/memberships/orgs/")).toList();
    }

    @Test
    void withAnAllowListTheOrganisationScopeIsAskedForToo() {
        assertThat(queryParameter(provider("acme").authorizationUrl(signIn, CALLBACK), "scope"))
                .contains("read:user read:org");
        assertThat(queryParameter(provider().authorizationUrl(signIn, CALLBACK), "scope")).contains("read:user");
    }

    @Test
    void anActiveMemberSignsInAndTheLookupUsesTheirOwnToken() {
        github.addMember("acme", ADA);

        Login login = signInWith(provider("acme"));

        assertThat(login).isInstanceOf(Identified.class);
        RecordedRequest lookup = github.lastRequest("/user/memberships/orgs/acme").orElseThrow();
        assertThat(lookup.header("Authorization")).contains("Bearer " + github.issuedTokens().getFirst());
    }

    @Test
    void aMemberOfAnyListedOrganisationSignsInAndTheSearchStopsThere() {
        github.addMember("widgets", ADA);

        assertThat(signInWith(provider("acme", "widgets", "gadgets"))).isInstanceOf(Identified.class);
        assertThat(membershipLookups()).containsExactly("/user/memberships/orgs/acme", "/user/memberships/orgs/widgets");
    }

    @Test
    void organisationNamesAreCaseInsensitiveAsOnGitHub() {
        github.addMember("acme", ADA);

        assertThat(signInWith(provider("ACME"))).isInstanceOf(Identified.class);
    }

    @Test
    void aNonMemberIsRefusedWithAClearMessageAndTheReasonLoggedWithoutTheToken() {
        github.addMember("acme", 7);
        try (CapturedLog log = new CapturedLog()) {

            Login login = signInWith(provider("acme"));

            assertThat(login).isEqualTo(new Refused(Messages.notAMember("ada")));
            assertThat(((Refused) login).message()).contains("ada").contains("not a member");
            assertThat(String.join("\n", log.lines())).contains("GITHUB_ALLOWED_ORGS").contains("github:42")
                    .doesNotContain(github.issuedTokens().getFirst()).doesNotContain(github.clientSecret());
        }
    }

    @Test
    void anInvitationNotYetAcceptedIsNoMembership() {
        github.inviteMember("acme", ADA);

        assertThat(signInWith(provider("acme"))).isInstanceOf(Refused.class);
    }

    @Test
    void anOrganisationThatHidesItsMembershipsFromThisAppCountsAsNotAMemberAndIsLogged() {
        github.addMember("acme", ADA).restrictOrg("acme");
        try (CapturedLog log = new CapturedLog()) {

            assertThat(signInWith(provider("acme"))).isInstanceOf(Refused.class);
            assertThat(log.lines()).anySatisfy(line -> assertThat(line).startsWith("WARNING")
                    .contains("acme").contains("OAuth App access"));
        }
    }

    @Test
    void aMembershipLookupThatFailsIsAFailureNeverALetIn() {
        github.addMember("acme", ADA);
        github.answerNextMembershipRequest(500, "{}");

        assertThat(signInWith(provider("acme"))).isEqualTo(new Failed(Messages.TROUBLE));
    }

    @Test
    void aMembershipAnswerThatIsNotJsonIsAFailure() {
        github.answerNextMembershipRequest(200, "<html>");

        assertThat(signInWith(provider("acme"))).isEqualTo(new Failed(Messages.UNEXPECTED));
    }

    @Test
    void withoutAnAllowListNoMembershipIsAskedFor() {
        assertThat(signInWith(provider())).isInstanceOf(Identified.class);
        assertThat(membershipLookups()).isEmpty();
    }
}
