package dev.notesmcp.bootstrap;

import dev.notesmcp.adapter.github.fake.FakeGitHub;
import dev.notesmcp.bootstrap.SignInFlow.ConsentPage;
import dev.notesmcp.bootstrap.SignInFlow.TokenPair;
import io.modelcontextprotocol.client.McpSyncClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.notesmcp.bootstrap.McpClients.call;
import static dev.notesmcp.bootstrap.McpClients.structured;
import static dev.notesmcp.bootstrap.OAuthAssertions.assertErrorPage;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code IDENTITY_PROVIDERS=github,dev} over real HTTP: the consent page offers both in that order,
 * each signs its own users in through its own callback, the users are kept apart, a sign-in
 * answered on the other provider's callback is refused, and a remembered user goes back to the
 * provider their id names.
 */
class SeveralProvidersEndToEndTest {

    private static final String SCOPES = OAuthClient.ALL_SCOPES;

    private static FakeGitHub gitHub;
    private static TestServer server;
    private static SignInFlow flow;

    @BeforeAll
    static void start() {
        gitHub = FakeGitHub.start();
        Map<String, String> variables = new java.util.HashMap<>(TestServer.gitHubVariables(gitHub));
        variables.put("IDENTITY_PROVIDERS", "github,dev");
        server = TestServer.start(variables);
        flow = SignInFlow.discover(server, SignInFlow.gitHub(gitHub));
    }

    @AfterAll
    static void stop() {
        server.close();
        gitHub.close();
    }

    private static ConsentPage consent(Browser browser, OAuthClient client, String state) {
        return flow.openConsent(browser, client, flow.authorizationUrl(client, state, SCOPES), SCOPES);
    }

    /** The whole flow through {@code provider}: consent, "Continue with …", its sign-in, our callback, the token. */
    private static TokenPair signInThrough(String provider, SignInFlow.Upstream upstream, OAuthClient client) {
        Browser browser = new Browser();
        String state = "state-" + UUID.randomUUID();
        URI login = flow.continueWith(browser, consent(browser, client, state), provider);
        URI callback = upstream.signIn(browser, login);
        assertThat(callback.getPath()).isEqualTo("/oauth/" + provider + "/callback");
        URI toClient = flow.returnToClient(browser, callback, client, state);
        return flow.redeem(client, OAuthClient.queryParameter(toClient, "code"), SCOPES);
    }

    @Test
    void theConsentPageOffersEveryProviderInTheConfiguredOrderAndNoSingleAllowButton() {
        HttpResponse<String> page = consent(new Browser(), flow.register("chooser"), "s").response();

        String body = page.body();
        assertThat(body).contains(
                "<button type=\"submit\" name=\"provider\" value=\"github\">Continue with GitHub</button>",
                "<button type=\"submit\" name=\"provider\" value=\"dev\">Continue with the dev login</button>",
                "name=\"decision\" value=\"deny\"").doesNotContain("value=\"approve\"");
        assertThat(body.indexOf("value=\"github\"")).isLessThan(body.indexOf("value=\"dev\""));
    }

    @Test
    void eachProviderSignsInItsOwnUsersWhoseNotesAreKeptApart() {
        gitHub.signInAs(5150, "octo-several");
        TokenPair viaGitHub = signInThrough("github", SignInFlow.gitHub(gitHub), flow.register("github user's app"));
        TokenPair viaDev = signInThrough("dev", SignInFlow.devLogin("octo-several"), flow.register("dev user's app"));

        assertThat(OAuthClient.tokenClaim(viaGitHub.accessToken(), "sub")).isEqualTo("github:5150");
        assertThat(OAuthClient.tokenClaim(viaDev.accessToken(), "sub")).isEqualTo("dev:octo-several");
        McpSyncClient github = McpClients.connect(server, viaGitHub.accessToken());
        McpSyncClient dev = McpClients.connect(server, viaDev.accessToken());
        String id = (String) structured(call(github, "create_note", Map.of("title", "only on GitHub's side",
                "content", "same login, another provider", "tags", List.of()))).get("id");

        assertThat(call(dev, "get_note", Map.of("id", id)).isError()).isTrue();
        assertThat((List<?>) structured(call(dev, "list_notes", Map.of())).get("notes")).isEmpty();
        assertThat(structured(call(github, "get_note", Map.of("id", id)))).containsEntry("title", "only on GitHub's side");
        github.closeGracefully();
        dev.closeGracefully();
    }

    @Test
    void aSignInStartedWithGitHubButAnsweredOnTheDevCallbackIsRefusedAndSpent() {
        OAuthClient client = flow.register("mismatch victim");
        Browser browser = new Browser();
        URI login = flow.continueWith(browser, consent(browser, client, "s"), "github");
        URI gitHubCallback = SignInFlow.gitHub(gitHub).signIn(browser, login);
        URI devCallback = URI.create(server.baseUrl() + "/oauth/dev/callback?" + gitHubCallback.getRawQuery());
        long exchangesBefore = tokenExchanges();

        assertErrorPage(browser.get(devCallback), "This sign-in was started with GitHub but came back to the"
                + " address of another provider; nothing was signed in.");
        // The browser's login cookie went with the refused answer; the sign-in cannot be finished either way.
        assertErrorPage(browser.get(gitHubCallback), "This sign-in was not started in this browser.");
        assertThat(tokenExchanges()).as("GitHub's code was never exchanged").isEqualTo(exchangesBefore);
    }

    @Test
    void aRememberedUserIsSentStraightBackToTheProviderTheirIdNames() {
        OAuthClient client = flow.register("returning to dev");
        Browser browser = new Browser();
        URI login = flow.continueWith(browser, consent(browser, client, "first"), "dev");
        flow.returnToClient(browser, SignInFlow.devLogin("returner").signIn(browser, login), client, "first");

        HttpResponse<String> again = browser.get(flow.authorizationUrl(client, "second", SCOPES));

        assertThat(again.statusCode()).as(again.body()).isEqualTo(302);
        URI toDev = Browser.location(again);
        assertThat(toDev.toString()).startsWith(server.settings().publicUrl() + "/oauth/dev/login?");
        flow.returnToClient(browser, SignInFlow.devLogin("returner").signIn(browser, toDev), client, "second");
    }

    @Test
    void aFormNamingAProviderThatIsNotConfiguredIsRefused() {
        OAuthClient client = flow.register("forged chooser");
        Browser browser = new Browser();
        ConsentPage page = consent(browser, client, "s");

        assertErrorPage(browser.postForm(page.action(), page.fieldsChoosing("gitlab")),
                "This server offers no sign-in by that name.");
    }

    private static long tokenExchanges() {
        return gitHub.requests().stream().filter(request -> request.path().endsWith("/login/oauth/access_token")).count();
    }
}
