package dev.notesmcp.bootstrap;

import dev.notesmcp.adapter.github.fake.FakeGitHub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** A returning user of the same client is not asked again for the same scopes; anyone else is. */
class RememberedConsentEndToEndTest {

    private static FakeGitHub gitHub;
    private static TestServer server;
    private static SignInFlow flow;

    @BeforeAll
    static void start() {
        gitHub = FakeGitHub.start();
        server = TestServer.withGitHub(gitHub);
        flow = SignInFlow.discover(server, SignInFlow.gitHub(gitHub));
    }

    @AfterAll
    static void stop() {
        server.close();
        gitHub.close();
    }

    @Test
    void theSecondAuthorizationInTheSameBrowserSkipsTheConsentPage() {
        gitHub.signInAs(4242, "returning");
        OAuthClient client = flow.register("returning client");
        Browser browser = new Browser();
        flow.returnToClient(browser, flow.upstreamCallback(browser, client, "first", OAuthClient.ALL_SCOPES),
                client, "first");

        HttpResponse<String> again = browser.get(flow.authorizationUrl(client, "second", OAuthClient.ALL_SCOPES));

        assertThat(again.statusCode()).isEqualTo(302);
        URI toGitHub = Browser.location(again);
        assertThat(toGitHub.toString()).startsWith(gitHub.webUrl() + "/login/oauth/authorize");
        URI callback = flow.upstream.signIn(browser, toGitHub);
        URI clientCallback = flow.returnToClient(browser, callback, client, "second");
        assertThat(client.redeem(flow.tokenEndpoint, OAuthClient.queryParameter(clientCallback, "code")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void anotherClientOrAnotherBrowserIsStillAsked() {
        gitHub.signInAs(4343, "careful");
        OAuthClient first = flow.register("first client");
        Browser browser = new Browser();
        flow.returnToClient(browser, flow.upstreamCallback(browser, first, "s1", OAuthClient.ALL_SCOPES), first, "s1");

        OAuthClient second = flow.register("second client");
        assertThat(browser.get(flow.authorizationUrl(second, "s2", OAuthClient.ALL_SCOPES)).statusCode())
                .isEqualTo(200);
        assertThat(new Browser().get(flow.authorizationUrl(first, "s3", OAuthClient.ALL_SCOPES)).statusCode())
                .isEqualTo(200);
    }
}
