package dev.notesmcp.bootstrap;

import dev.notesmcp.adapter.github.fake.FakeGitHub;
import dev.notesmcp.bootstrap.SignInFlow.ConsentPage;
import dev.notesmcp.domain.token.Scope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static dev.notesmcp.bootstrap.OAuthAssertions.assertRedirectedWithError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The MCP 2025-11-25 / 2026-07-28 authorization rules over real HTTP: scopes in the 401 challenge
 * (SEP-835) and every missing scope in one 403 (SEP-2350); {@code offline_access} offered by the
 * authorization server and never by the resource (SEP-2207); our resource accepted in any
 * RFC 3986-equivalent spelling with a canonical {@code aud}; {@code iss} on every authorization
 * response, byte-identical to the metadata's issuer (RFC 9207, SEP-2468), also behind a path prefix.
 */
class AuthorizationRulesEndToEndTest {

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
    void the401NamesTheScopesTheToolsNeedAndNeverOfflineAccess() {
        HttpResponse<String> noToken = RawHttp.postMcp(server, null, RawHttp.INITIALIZE);
        HttpResponse<String> badToken = RawHttp.postMcp(server, "not-a-jwt", RawHttp.INITIALIZE);

        assertThat(noToken.statusCode()).isEqualTo(401);
        assertThat(noToken.headers().allValues("WWW-Authenticate")).singleElement().asString()
                .contains("scope=\"notes:read notes:write\"").doesNotContain("offline_access");
        assertThat(badToken.statusCode()).isEqualTo(401);
        assertThat(badToken.headers().allValues("WWW-Authenticate")).singleElement().asString()
                .startsWith("Bearer error=\"invalid_token\"").contains("scope=\"notes:read notes:write\"");
    }

    /** A 2025-03-26 batch (no MCP-Protocol-Version) needing notes:read and notes:write, from a token with neither. */
    @Test
    void a403ForABatchNamesEveryMissingScopeAtOnceAndRunsNothing() {
        String user = "github:batch-" + UUID.randomUUID();
        String noScopes = server.tokens().forUser(user, new Scope[0]);
        HttpResponse<String> response = RawHttp.postMcp(server, noScopes, """
                [{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"list_notes","arguments":{}}},
                 {"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"create_note",
                  "arguments":{"title":"never stored"}}}]""");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly(
                "Bearer error=\"insufficient_scope\", scope=\"notes:read notes:write\", "
                        + "error_description=\"This request needs the notes:read and notes:write scopes\", "
                        + "resource_metadata=\"" + server.settings().publicUrl()
                        + "/.well-known/oauth-protected-resource/mcp\"");
        HttpResponse<String> notes = RawHttp.postMcp(server, server.tokens().forUser(user), """
                {"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"list_notes","arguments":{}}}""");
        assertThat(notes.body()).doesNotContain("never stored");
    }

    @Test
    void offlineAccessIsOfferedByTheAuthorizationServerAndNeverByTheResource() {
        String asMetadata = RawHttp.get(server.baseUrl() + "/.well-known/oauth-authorization-server").body();
        String resourceMetadata = RawHttp.get(server.baseUrl() + "/.well-known/oauth-protected-resource/mcp").body();

        assertThat(OAuthClient.jsonStrings(asMetadata, "scopes_supported"))
                .containsExactly("notes:read", "notes:write", "offline_access");
        assertThat(OAuthClient.jsonStrings(resourceMetadata, "scopes_supported"))
                .containsExactly("notes:read", "notes:write");
    }

    /**
     * {@code HTTP://LOCALHOST:port/mcp/} names us (MCP "Canonical Server URI": accept upper-case scheme
     * and host); {@code offline_access} is accepted; the token's {@code aud} is our canonical URL, its
     * scopes the resource's only, and this client, which registered the refresh_token grant, gets a
     * refresh token. The success redirect carries {@code iss}.
     */
    @Test
    void anUpperCaseResourceWithATrailingSlashIsAcceptedAndTheAudienceStaysCanonical() {
        gitHub.signInAs(3003, "carol");
        OAuthClient client = flow.register("canonical resource client");
        String state = "state-" + UUID.randomUUID();
        String shouted = server.settings().mcpUrl().toString().toUpperCase(java.util.Locale.ROOT)
                .replace("/MCP", "/mcp") + "/";
        Map<String, String> parameters = client.authorizationParameters(state, shouted);
        parameters.put("scope", "notes:read notes:write offline_access");
        Browser browser = new Browser();
        ConsentPage page = flow.openConsent(browser, client,
                OAuthClient.authorizationUrl(flow.authorizationEndpoint, parameters), OAuthClient.ALL_SCOPES);
        URI callback = flow.upstream.signIn(browser, flow.approve(browser, page));
        URI atClient = flow.returnToClient(browser, callback, client, state);
        assertIssuerIsTheMetadatasExactly(atClient);

        HttpResponse<String> tokens = client.token(flow.tokenEndpoint, Map.of("grant_type", "authorization_code",
                "code", OAuthClient.queryParameter(atClient, "code"), "redirect_uri", client.redirectUri,
                "code_verifier", client.verifier, "resource", shouted));

        SignInFlow.TokenPair pair = SignInFlow.TokenPair.issued(tokens, OAuthClient.ALL_SCOPES);
        assertThat(pair.refreshToken()).isNotBlank();
        String claims = new String(Base64.getUrlDecoder().decode(pair.accessToken().split("\\.")[1]),
                StandardCharsets.UTF_8);
        assertThat(OAuthClient.jsonString(claims, "aud")).isEqualTo(server.settings().mcpUrl().toString());
        assertThat(OAuthClient.jsonString(claims, "scope")).isEqualTo(OAuthClient.ALL_SCOPES);
        assertThat(shouted).startsWith("HTTP://LOCALHOST:").endsWith("/mcp/");
    }

    @Test
    void aDenialCarriesTheIssuerByteIdenticalToTheMetadatas() {
        OAuthClient client = flow.register("denied client");
        String state = "state-" + UUID.randomUUID();
        Browser browser = new Browser();
        ConsentPage page = flow.openConsent(browser, client, flow.authorizationUrl(client, state,
                OAuthClient.ALL_SCOPES), OAuthClient.ALL_SCOPES);

        URI atClient = assertRedirectedWithError(flow.decide(browser, page, "deny"), client, "access_denied",
                state, flow.issuer);

        assertIssuerIsTheMetadatasExactly(atClient);
    }

    /** RFC 8414 §3.3 with a PUBLIC_URL path prefix: the issuer is the base its metadata URL was built from. */
    @Test
    void behindAPathPrefixTheIssuerIsTheMetadataUrlsBaseAndADenialCarriesIt() {
        int port = TestServer.freePort();
        String publicUrl = "http://localhost:" + port + "/notes";
        Map<String, String> variables = new HashMap<>(TestServer.gitHubVariables(gitHub));
        variables.putAll(Map.of("PORT", String.valueOf(port), "PUBLIC_URL", publicUrl));
        try (TestServer prefixed = TestServer.start(variables)) {
            // The socket has no prefix (a proxy would strip it); the documents still name the public URLs.
            String asMetadata = RawHttp.get(prefixed.baseUrl() + "/.well-known/oauth-authorization-server/notes").body();
            String resourceMetadata = RawHttp.get(prefixed.baseUrl()
                    + "/.well-known/oauth-protected-resource/notes/mcp").body();
            String issuer = OAuthClient.jsonString(asMetadata, "issuer");
            assertThat(issuer).isEqualTo(publicUrl);
            assertThat(OAuthClient.jsonStrings(resourceMetadata, "authorization_servers")).containsExactly(issuer);

            OAuthClient client = OAuthClient.register(URI.create(prefixed.baseUrl() + "/register"), "prefixed client");
            String state = "state-" + UUID.randomUUID();
            Map<String, String> parameters = client.authorizationParameters(state, publicUrl + "/mcp");
            Browser browser = new Browser();
            HttpResponse<String> consent = browser.get(OAuthClient.authorizationUrl(
                    URI.create(prefixed.baseUrl() + "/authorize"), parameters));
            assertThat(consent.statusCode()).as(consent.body()).isEqualTo(200);
            URI action = SignInFlow.formAction(consent.body());
            assertThat(action.getPath()).startsWith("/notes/");
            HttpResponse<String> denied = browser.postForm(
                    URI.create(prefixed.baseUrl() + action.getRawPath().substring("/notes".length())),
                    Map.of("request_id", Browser.hiddenField(consent.body(), "request_id"),
                            "csrf_token", Browser.hiddenField(consent.body(), "csrf_token"), "decision", "deny"));

            URI atClient = assertRedirectedWithError(denied, client, "access_denied", state, issuer);
            assertThat(atClient.getRawQuery()).contains("&iss=" + OAuthClient.encode(issuer));
        }
    }

    /** The {@code iss} parameter decodes to exactly the metadata's {@code issuer}, with no normalization. */
    private static void assertIssuerIsTheMetadatasExactly(URI atClient) {
        String metadataIssuer = OAuthClient.jsonString(
                RawHttp.get(server.baseUrl() + "/.well-known/oauth-authorization-server").body(), "issuer");
        assertThat(OAuthClient.queryParameter(atClient, "iss")).isEqualTo(metadataIssuer);
        assertThat(atClient.getRawQuery()).contains("iss=" + OAuthClient.encode(metadataIssuer));
    }
}
