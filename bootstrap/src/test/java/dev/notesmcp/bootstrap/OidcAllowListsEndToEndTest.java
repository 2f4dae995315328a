package dev.notesmcp.bootstrap;

import dev.notesmcp.adapter.postgres.TestDatabase;
import dev.notesmcp.bootstrap.hostile.StoreCensus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.notesmcp.bootstrap.OAuthAssertions.assertReturnPage;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GOOGLE_HOSTED_DOMAINS=example.com} and {@code GITLAB_ALLOWED_GROUPS=acme/platform}, end to
 * end against a real OpenID Connect server: an allowed user signs in; anyone else sees our page
 * saying why, nothing is stored (rows counted in PostgreSQL, both stores there) and the page's link
 * tells the client {@code access_denied} with its state and our issuer.
 */
class OidcAllowListsEndToEndTest {

    private static final String DATABASE_URL = TestDatabase.serverUrl();
    private static final String SCHEMA = "notes_mcp_oidc_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static final String GOOGLE = "google";
    private static final String GITLAB = "gitlab";

    private static MockOidcProvider oidc;
    private static TestServer server;
    private static SignInFlow flow;
    private static StoreCensus census;

    @BeforeAll
    static void start() {
        oidc = MockOidcProvider.start();
        Map<String, String> variables = new HashMap<>(Map.of("IDENTITY_PROVIDERS", "google,gitlab",
                "GOOGLE_CLIENT_ID", "notes.apps.googleusercontent.com", "GOOGLE_CLIENT_SECRET", "GOCSPX-e2e",
                "GOOGLE_ISSUER", oidc.issuer(GOOGLE).toString(), "GOOGLE_HOSTED_DOMAINS", "example.com",
                "GITLAB_CLIENT_ID", "gitlab-application-id", "GITLAB_CLIENT_SECRET", "gloas-e2e",
                "GITLAB_URL", oidc.issuer(GITLAB).toString(), "GITLAB_ALLOWED_GROUPS", "acme/platform"));
        variables.putAll(Map.of("STORE", "postgres", "EPHEMERAL_STORE", "postgres",
                "DATABASE_URL", DATABASE_URL, "DATABASE_SCHEMA", SCHEMA));
        server = TestServer.start(variables);
        flow = SignInFlow.discover(server, oidc.signIn(GOOGLE, "unused", Map.of()));
        census = new StoreCensus(DATABASE_URL, SCHEMA);
    }

    @AfterAll
    static void stop() {
        server.close();
        oidc.close();
        census.dropSchema();
        census.close();
    }

    @Test
    void aWorkspaceUserOfAnAllowedDomainSignsIn() {
        String code = codeThrough("google", oidc.signIn(GOOGLE, "1001",
                Map.of("hd", "example.com", "email", "jane@example.com", "email_verified", true)));

        assertThat(code).isNotBlank();
    }

    @Test
    void aGoogleUserOfAnotherDomainSeesWhyNothingIsStoredAndTheClientIsToldAccessDenied() {
        assertRefused("google", oidc.signIn(GOOGLE, "1002",
                Map.of("hd", "elsewhere.example", "email", "joe@elsewhere.example", "email_verified", true)),
                "Google Workspace accounts of elsewhere.example may not use this server.");
    }

    @Test
    void aPersonalGoogleAccountIsRefusedToo() {
        assertRefused("google", oidc.signIn(GOOGLE, "1003", Map.of("email", "someone@gmail.com", "email_verified", true)),
                "This server accepts only Google Workspace accounts of its organisation;");
    }

    @Test
    void aMemberOfAnAllowedGitLabGroupSignsIn() {
        String code = codeThrough("gitlab", oidc.signIn(GITLAB, "2001",
                Map.of("nickname", "platform-dev", "groups", List.of("acme", "acme/platform"))));

        assertThat(code).isNotBlank();
    }

    @Test
    void aGitLabUserInNoAllowedGroupSeesWhyNothingIsStoredAndTheClientIsToldAccessDenied() {
        assertRefused("gitlab", oidc.signIn(GITLAB, "2002", Map.of("nickname", "outsider", "groups", List.of("acme"))),
                "Your GitLab account is not a member of a group allowed to use this server.");
    }

    private static String codeThrough(String provider, SignInFlow.Upstream upstream) {
        OAuthClient client = flow.register(provider + " member's client");
        Browser browser = new Browser();
        String state = "state-" + UUID.randomUUID();
        URI callback = upstream.signIn(browser, chooseProvider(browser, client, state, provider));
        return OAuthClient.queryParameter(flow.returnToClient(browser, callback, client, state), "code");
    }

    private static void assertRefused(String provider, SignInFlow.Upstream upstream, String why) {
        OAuthClient client = flow.register(provider + " outsider's client");
        Browser browser = new Browser();
        String state = "state-" + UUID.randomUUID();
        URI callback = upstream.signIn(browser, chooseProvider(browser, client, state, provider));
        Map<String, Long> before = census.count();

        HttpResponse<String> page = browser.get(callback);

        assertReturnPage(page, 403, why, client, "access_denied", state, flow.issuer,
                OAuthClient.queryParameter(callback, "code"));
        Map<String, Long> after = census.count();
        assertThat(after.get("pending_authorizations")).as("the pending request is spent")
                .isEqualTo(before.get("pending_authorizations") - 1);
        for (String table : new String[]{"grants", "consents", "authorization_codes", "refresh_tokens"}) {
            assertThat(after.get(table)).as(table).isEqualTo(before.get(table));
        }
        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("notes_mcp_user="));
    }

    private static URI chooseProvider(Browser browser, OAuthClient client, String state, String provider) {
        String scopes = OAuthClient.ALL_SCOPES;
        return flow.continueWith(browser,
                flow.openConsent(browser, client, flow.authorizationUrl(client, state, scopes), scopes), provider);
    }
}
