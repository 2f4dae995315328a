package dev.notesmcp.bootstrap;

import dev.notesmcp.adapter.github.fake.FakeGitHub;
import dev.notesmcp.adapter.postgres.TestDatabase;
import dev.notesmcp.bootstrap.hostile.StoreCensus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static dev.notesmcp.bootstrap.OAuthAssertions.assertReturnPage;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GITHUB_ALLOWED_ORGS=acme}: a member signs in; anyone else sees a clear page, nothing is
 * stored (rows counted in PostgreSQL, both stores there) and the page's link tells the client
 * {@code access_denied} with its state and our issuer.
 */
class GitHubAllowedOrgsEndToEndTest {

    private static final String DATABASE_URL = TestDatabase.serverUrl();
    private static final String SCHEMA = "notes_mcp_orgs_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static final long MEMBER = 7001;
    private static final long OUTSIDER = 7002;

    private static FakeGitHub gitHub;
    private static TestServer server;
    private static SignInFlow flow;
    private static StoreCensus census;

    @BeforeAll
    static void start() {
        gitHub = FakeGitHub.start().addMember("acme", MEMBER);
        Map<String, String> variables = new HashMap<>(TestServer.gitHubVariables(gitHub));
        variables.putAll(Map.of("GITHUB_ALLOWED_ORGS", "acme", "STORE", "postgres", "EPHEMERAL_STORE", "postgres",
                "DATABASE_URL", DATABASE_URL, "DATABASE_SCHEMA", SCHEMA));
        server = TestServer.start(variables);
        flow = SignInFlow.discover(server, SignInFlow.gitHub(gitHub));
        census = new StoreCensus(DATABASE_URL, SCHEMA);
    }

    @AfterAll
    static void stop() {
        server.close();
        gitHub.close();
        census.dropSchema();
        census.close();
    }

    @Test
    void aMemberOfTheAllowedOrganisationSignsIn() {
        gitHub.signInAs(MEMBER, "acme-dev");

        SignInFlow.TokenPair tokens = flow.signIn("member's client");

        assertThat(tokens.accessToken()).isNotBlank();
    }

    @Test
    void anOutsiderSeesWhyNothingIsStoredAndTheClientIsToldAccessDenied() {
        gitHub.signInAs(OUTSIDER, "outsider");
        OAuthClient client = flow.register("outsider's client");
        Browser browser = new Browser();
        String state = "state-" + UUID.randomUUID();
        URI callback = flow.upstreamCallback(browser, client, state, OAuthClient.ALL_SCOPES);
        Map<String, Long> before = census.count();

        HttpResponse<String> page = browser.get(callback);

        URI toClient = assertReturnPage(page, 403, "You signed in to GitHub as outsider, who is not a member of a"
                + " GitHub organisation allowed to use this server", client, "access_denied", state, flow.issuer,
                gitHub.issuedTokens().toArray(String[]::new));
        assertThat(toClient.getRawQuery()).doesNotContain("code=");
        Map<String, Long> after = census.count();
        assertThat(after.get("pending_authorizations")).as("the pending request is spent")
                .isEqualTo(before.get("pending_authorizations") - 1);
        for (String table : new String[]{"grants", "consents", "authorization_codes", "refresh_tokens"}) {
            assertThat(after.get(table)).as(table).isEqualTo(before.get(table));
        }
        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("notes_mcp_user="));
    }
}
