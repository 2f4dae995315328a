package dev.notesmcp.bootstrap;

import dev.notesmcp.adapter.github.fake.FakeGitHub;
import dev.notesmcp.bootstrap.SignInFlow.TokenPair;
import io.modelcontextprotocol.client.McpSyncClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.notesmcp.bootstrap.McpClients.call;
import static dev.notesmcp.bootstrap.McpClients.structured;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code IDENTITY_PROVIDERS=github,google,gitlab} over real HTTP: GitHub is the in-process fake,
 * Google and a self-managed GitLab under a path prefix are issuers of one real OpenID Connect
 * server (mock-oauth2-server) reached through {@code GOOGLE_ISSUER} and {@code GITLAB_URL}. The
 * consent page offers the three; an MCP client signs in through each and calls tools; the three
 * users never see each other's notes.
 */
class GitHubGoogleGitLabEndToEndTest {

    private static final String SCOPES = OAuthClient.ALL_SCOPES;
    private static final String GOOGLE = "google";
    private static final String GITLAB = "tools/gitlab";

    private static FakeGitHub gitHub;
    private static MockOidcProvider oidc;
    private static TestServer server;
    private static SignInFlow flow;

    @BeforeAll
    static void start() {
        gitHub = FakeGitHub.start();
        oidc = MockOidcProvider.start();
        Map<String, String> variables = new HashMap<>(TestServer.gitHubVariables(gitHub));
        variables.putAll(Map.of("IDENTITY_PROVIDERS", "github,google,gitlab",
                "GOOGLE_CLIENT_ID", "notes.apps.googleusercontent.com", "GOOGLE_CLIENT_SECRET", "GOCSPX-e2e",
                "GOOGLE_ISSUER", oidc.issuer(GOOGLE).toString(),
                "GITLAB_CLIENT_ID", "gitlab-application-id", "GITLAB_CLIENT_SECRET", "gloas-e2e",
                "GITLAB_URL", oidc.issuer(GITLAB).toString()));
        server = TestServer.start(variables);
        flow = SignInFlow.discover(server, SignInFlow.gitHub(gitHub));
    }

    @AfterAll
    static void stop() {
        server.close();
        oidc.close();
        gitHub.close();
    }

    @Test
    void theConsentPageOffersTheThreeInTheConfiguredOrder() {
        OAuthClient client = flow.register("chooser of three");
        String body = flow.openConsent(new Browser(), client, flow.authorizationUrl(client, "s", SCOPES), SCOPES)
                .response().body();

        assertThat(body).contains(
                "<button type=\"submit\" name=\"provider\" value=\"github\">Continue with GitHub</button>",
                "<button type=\"submit\" name=\"provider\" value=\"google\">Continue with Google</button>",
                "<button type=\"submit\" name=\"provider\" value=\"gitlab\">Continue with GitLab</button>")
                .doesNotContain("value=\"approve\"");
        assertThat(body.indexOf("value=\"github\"")).isLessThan(body.indexOf("value=\"google\""));
        assertThat(body.indexOf("value=\"google\"")).isLessThan(body.indexOf("value=\"gitlab\""));
    }

    @Test
    void anMcpClientSignsInThroughEachProviderAndTheirUsersAreKeptApart() {
        gitHub.signInAs(8001, "jane");
        TokenPair viaGitHub = signInThrough("github", SignInFlow.gitHub(gitHub));
        TokenPair viaGoogle = signInThrough("google", oidc.signIn(GOOGLE, "109876543210",
                Map.of("email", "jane@example.com", "email_verified", true, "name", "Jane")));
        TokenPair viaGitLab = signInThrough("gitlab", oidc.signIn(GITLAB, "4242", Map.of("nickname", "jane")));

        assertThat(OAuthClient.tokenClaim(viaGitHub.accessToken(), "sub")).isEqualTo("github:8001");
        assertThat(OAuthClient.tokenClaim(viaGoogle.accessToken(), "sub")).isEqualTo("google:109876543210");
        assertThat(OAuthClient.tokenClaim(viaGitLab.accessToken(), "sub")).isEqualTo("gitlab:4242");
        Map<String, McpSyncClient> clients = Map.of(
                "github", McpClients.connect(server, viaGitHub.accessToken()),
                "google", McpClients.connect(server, viaGoogle.accessToken()),
                "gitlab", McpClients.connect(server, viaGitLab.accessToken()));
        clients.forEach((provider, client) -> assertThat(call(client, "create_note", Map.of(
                "title", "signed in with " + provider, "content", "same person, another provider",
                "tags", List.of(provider))).isError()).isFalse());

        clients.forEach((provider, client) -> assertThat(titles(client)).containsExactly("signed in with " + provider));
        clients.values().forEach(McpSyncClient::closeGracefully);
    }

    @Test
    void theSameLoginAtTheProviderIsTheSameUserAgain() {
        Map<String, Object> claims = Map.of("nickname", "returning");
        TokenPair first = signInThrough("gitlab", oidc.signIn(GITLAB, "5151", claims));
        TokenPair second = signInThrough("gitlab", oidc.signIn(GITLAB, "5151", claims));
        McpSyncClient before = McpClients.connect(server, first.accessToken());
        McpSyncClient after = McpClients.connect(server, second.accessToken());
        call(before, "create_note", Map.of("title", "kept for gitlab:5151"));

        assertThat(titles(after)).containsExactly("kept for gitlab:5151");
        before.closeGracefully();
        after.closeGracefully();
    }

    /** Registration, consent, "Continue with …", the provider's sign-in, our callback and the token request. */
    private static TokenPair signInThrough(String provider, SignInFlow.Upstream upstream) {
        OAuthClient client = flow.register(provider + " user's app " + UUID.randomUUID());
        Browser browser = new Browser();
        String state = "state-" + UUID.randomUUID();
        URI login = flow.continueWith(browser,
                flow.openConsent(browser, client, flow.authorizationUrl(client, state, SCOPES), SCOPES), provider);
        URI callback = upstream.signIn(browser, login);
        assertThat(callback.getPath()).isEqualTo("/oauth/" + provider + "/callback");
        URI toClient = flow.returnToClient(browser, callback, client, state);
        return flow.redeem(client, OAuthClient.queryParameter(toClient, "code"), SCOPES);
    }

    private static List<Object> titles(McpSyncClient client) {
        List<?> notes = (List<?>) structured(call(client, "list_notes", Map.of())).get("notes");
        return notes.stream().map(note -> ((Map<?, ?>) note).get("title")).map(Object.class::cast).toList();
    }
}
