package dev.notesmcp.bootstrap;

import dev.notesmcp.adapter.github.fake.FakeGitHub;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.notesmcp.bootstrap.McpClients.call;
import static dev.notesmcp.bootstrap.McpClients.structured;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole dance exactly as an MCP client and a person's browser perform it, against the real
 * server signing in through an in-process fake GitHub: 401 → resource metadata → authorization
 * server metadata → registration → authorize → consent (form, CSRF token, cookie) → GitHub →
 * callback → token → the six tools.
 */
class OAuthFlowEndToEndTest {

    private static FakeGitHub gitHub;
    private static TestServer server;

    @BeforeAll
    static void start() {
        gitHub = FakeGitHub.start();
        server = TestServer.start(Map.of(
                "GITHUB_CLIENT_ID", gitHub.clientId(),
                "GITHUB_CLIENT_SECRET", gitHub.clientSecret(),
                "GITHUB_URL", gitHub.webUrl().toString(),
                "GITHUB_API_URL", gitHub.apiUrl().toString()));
    }

    @AfterAll
    static void stop() {
        server.close();
        gitHub.close();
    }

    @Test
    void aClientDiscoversRegistersSignsTheUserInAndUsesEveryTool() {
        gitHub.signInAs(1001, "alice");
        Tokens tokens = signIn("alice's client");

        McpSyncClient alice = McpClients.connect(server, tokens.accessToken());
        CallToolResult created = call(alice, "create_note", Map.of("title", "From OAuth", "content", "hello",
                "tags", List.of("oauth")));
        assertThat(created.isError()).isFalse();
        String id = (String) structured(created).get("id");
        assertThat(structured(call(alice, "get_note", Map.of("id", id)))).containsEntry("title", "From OAuth");
        assertThat(structured(call(alice, "update_note", Map.of("id", id, "content", "hello again"))))
                .containsEntry("content", "hello again");
        assertThat(titles(structured(call(alice, "list_notes", Map.of())), "notes")).containsExactly("From OAuth");
        assertThat(titles(structured(call(alice, "search_notes", Map.of("query", "again"))), "results"))
                .containsExactly("From OAuth");
        call(alice, "create_note", Map.of("title", "Second"));
        assertThat(structured(call(alice, "delete_note", Map.of("id", id)))).containsEntry("deleted", true);

        gitHub.signInAs(2002, "bob");
        McpSyncClient bob = McpClients.connect(server, signIn("bob's client").accessToken());
        assertThat(titles(structured(call(bob, "list_notes", Map.of())), "notes")).isEmpty();
        assertThat(titles(structured(call(alice, "list_notes", Map.of())), "notes")).containsExactly("Second");
        alice.closeGracefully();
        bob.closeGracefully();
    }

    /** Every step a client and a browser take, asserting what each step promises along the way. */
    private static Tokens signIn(String clientName) {
        HttpResponse<String> unauthorized = RawHttp.postMcp(server, null, RawHttp.INITIALIZE);
        assertThat(unauthorized.statusCode()).isEqualTo(401);
        URI resourceMetadataUrl = URI.create(challengeParameter(
                unauthorized.headers().firstValue("WWW-Authenticate").orElseThrow(), "resource_metadata"));

        String resourceMetadata = RawHttp.get(local(resourceMetadataUrl)).body();
        String resource = OAuthClient.jsonString(resourceMetadata, "resource");
        String issuer = OAuthClient.jsonStrings(resourceMetadata, "authorization_servers").getFirst();
        assertThat(resource).isEqualTo(server.settings().mcpUrl().toString());

        String asMetadata = RawHttp.get(local(URI.create(issuer + "/.well-known/oauth-authorization-server"))).body();
        assertThat(OAuthClient.jsonString(asMetadata, "issuer")).isEqualTo(issuer);
        assertThat(OAuthClient.jsonStrings(asMetadata, "code_challenge_methods_supported")).containsExactly("S256");
        URI registrationEndpoint = URI.create(OAuthClient.jsonString(asMetadata, "registration_endpoint"));
        URI authorizationEndpoint = URI.create(OAuthClient.jsonString(asMetadata, "authorization_endpoint"));
        URI tokenEndpoint = URI.create(OAuthClient.jsonString(asMetadata, "token_endpoint"));

        OAuthClient client = OAuthClient.register(URI.create(local(registrationEndpoint)), clientName);
        Browser browser = new Browser();
        String state = "client-state-" + clientName.hashCode();

        HttpResponse<String> consentPage = browser.get(URI.create(local(
                client.authorizationUrl(authorizationEndpoint, state, resource))));
        assertThat(consentPage.statusCode()).isEqualTo(200);
        assertThat(consentPage.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(consentPage.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("frame-ancestors 'none'");
        assertThat(consentPage.body()).contains(clientName.replace("'", "&#39;")).contains("127.0.0.1")
                .contains("notes:read").contains("notes:write").contains("<form method=\"post\"");

        HttpResponse<String> toGitHub = browser.postForm(URI.create(local(URI.create(issuer + "/authorize/consent"))),
                Map.of("request_id", Browser.hiddenField(consentPage.body(), "request_id"),
                        "csrf_token", Browser.hiddenField(consentPage.body(), "csrf_token"),
                        "decision", "approve"));
        assertThat(toGitHub.statusCode()).isEqualTo(302);
        URI gitHubAuthorize = Browser.location(toGitHub);
        assertThat(gitHubAuthorize.toString()).startsWith(gitHub.webUrl() + "/login/oauth/authorize");
        assertThat(toGitHub.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.contains("HttpOnly"));

        URI backToUs = Browser.location(browser.get(gitHubAuthorize));
        HttpResponse<String> toClient = browser.get(URI.create(local(backToUs)));
        assertThat(toClient.statusCode()).isEqualTo(302);
        URI clientCallback = Browser.location(toClient);
        assertThat(clientCallback.toString()).startsWith(OAuthClient.REDIRECT_URI + "?");
        assertThat(OAuthClient.queryParameter(clientCallback, "state")).isEqualTo(state);
        assertThat(OAuthClient.queryParameter(clientCallback, "iss")).isEqualTo(issuer);

        HttpResponse<String> tokenResponse = client.redeem(URI.create(local(tokenEndpoint)),
                OAuthClient.queryParameter(clientCallback, "code"));
        assertThat(tokenResponse.statusCode()).isEqualTo(200);
        assertThat(tokenResponse.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(OAuthClient.jsonString(tokenResponse.body(), "token_type")).isEqualTo("Bearer");
        assertThat(OAuthClient.jsonString(tokenResponse.body(), "scope")).isEqualTo("notes:read notes:write");
        return new Tokens(OAuthClient.jsonString(tokenResponse.body(), "access_token"),
                OAuthClient.jsonString(tokenResponse.body(), "refresh_token"));
    }

    /** Our server's public URL is what the test reaches too; this keeps that assumption in one place. */
    private static String local(URI publicUri) {
        return publicUri.toString();
    }

    private static String challengeParameter(String challenge, String name) {
        Matcher matcher = Pattern.compile(name + "=\"([^\"]*)\"").matcher(challenge);
        assertThat(matcher.find()).as(challenge).isTrue();
        return matcher.group(1);
    }

    @SuppressWarnings("unchecked")
    private static List<String> titles(Map<String, Object> document, String listName) {
        return ((List<Map<String, Object>>) document.get(listName)).stream()
                .map(note -> (String) note.get("title")).toList();
    }

    record Tokens(String accessToken, String refreshToken) {
    }
}
