package dev.notesmcp.bootstrap;

import dev.notesmcp.adapter.github.fake.FakeGitHub;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in exactly as an MCP client and a person's browser perform it, one method per step,
 * each asserting what that step promises: discovery from the 401, registration, authorize, the
 * consent page and its form (CSRF token, cookie), the upstream sign-in, our callback, the token.
 * Tests that probe one step run the steps before it and then do their own thing.
 *
 * <p>The server's public URL is also where the test reaches it, so the URLs the metadata names
 * are used as they are.
 */
final class SignInFlow {

    /** The upstream sign-in: from where our consent sends the browser to the URL of our callback it comes back to. */
    interface Upstream {
        URI signIn(Browser browser, URI loginUrl);
    }

    /** GitHub (the fake), which signs its current user in at once and redirects back. */
    static Upstream gitHub(FakeGitHub gitHub) {
        return (browser, loginUrl) -> {
            assertThat(loginUrl.toString()).startsWith(gitHub.webUrl() + "/login/oauth/authorize");
            HttpResponse<String> back = browser.get(loginUrl);
            assertThat(back.statusCode()).as("GitHub's answer to authorize").isEqualTo(302);
            return Browser.location(back);
        };
    }

    /** The dev login: our own page asking for a user name, which "signs in" and returns to our callback. */
    static Upstream devLogin(String userName) {
        return (browser, loginUrl) -> {
            HttpResponse<String> page = browser.get(loginUrl);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<form method=\"post\"").contains("name=\"username\"");
            assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            String state = Browser.hiddenField(page.body(), "state");
            assertThat(state).isEqualTo(OAuthClient.queryParameter(loginUrl, "state"));
            HttpResponse<String> back = browser.postForm(formAction(page.body()), Map.of("state", state,
                    "code_challenge", Browser.hiddenField(page.body(), "code_challenge"), "username", userName));
            assertThat(back.statusCode()).as("dev sign-in: " + back.body()).isEqualTo(302);
            return Browser.location(back);
        };
    }

    final TestServer server;
    final Upstream upstream;
    final String issuer;
    final String resource;
    final URI registrationEndpoint;
    final URI authorizationEndpoint;
    final URI tokenEndpoint;
    final URI revocationEndpoint;

    private SignInFlow(TestServer server, Upstream upstream, String issuer, String resource, String asMetadata) {
        this.server = server;
        this.upstream = upstream;
        this.issuer = issuer;
        this.resource = resource;
        this.registrationEndpoint = URI.create(OAuthClient.jsonString(asMetadata, "registration_endpoint"));
        this.authorizationEndpoint = URI.create(OAuthClient.jsonString(asMetadata, "authorization_endpoint"));
        this.tokenEndpoint = URI.create(OAuthClient.jsonString(asMetadata, "token_endpoint"));
        this.revocationEndpoint = URI.create(OAuthClient.jsonString(asMetadata, "revocation_endpoint"));
    }

    /** Discovery as a client does it: 401 from /mcp → protected-resource metadata → authorization-server metadata. */
    static SignInFlow discover(TestServer server, Upstream upstream) {
        HttpResponse<String> unauthorized = RawHttp.postMcp(server, null, RawHttp.INITIALIZE);
        assertThat(unauthorized.statusCode()).isEqualTo(401);
        URI resourceMetadataUrl = URI.create(challengeParameter(
                unauthorized.headers().firstValue("WWW-Authenticate").orElseThrow(), "resource_metadata"));

        String resourceMetadata = RawHttp.get(resourceMetadataUrl.toString()).body();
        String resource = OAuthClient.jsonString(resourceMetadata, "resource");
        String issuer = OAuthClient.jsonStrings(resourceMetadata, "authorization_servers").getFirst();
        assertThat(resource).isEqualTo(server.settings().mcpUrl().toString());

        String asMetadata = RawHttp.get(issuer + "/.well-known/oauth-authorization-server").body();
        assertThat(OAuthClient.jsonString(asMetadata, "issuer")).isEqualTo(issuer);
        assertThat(OAuthClient.jsonStrings(asMetadata, "code_challenge_methods_supported")).containsExactly("S256");
        return new SignInFlow(server, upstream, issuer, resource, asMetadata);
    }

    /** Registers a public client with {@link OAuthClient#REDIRECT_URI}. */
    OAuthClient register(String clientName) {
        return OAuthClient.register(registrationEndpoint, clientName);
    }

    OAuthClient register(String clientName, String redirectUri, String authMethod) {
        return OAuthClient.register(registrationEndpoint, clientName, redirectUri, authMethod);
    }

    /** A sound authorization request for {@code scope}. */
    URI authorizationUrl(OAuthClient client, String state, String scope) {
        Map<String, String> parameters = client.authorizationParameters(state, resource);
        parameters.put("scope", scope);
        return OAuthClient.authorizationUrl(authorizationEndpoint, parameters);
    }

    /** Opens the authorization URL and checks it is our consent page, framing forbidden, naming client, host and scopes. */
    ConsentPage openConsent(Browser browser, OAuthClient client, URI authorizationUrl, String scope) {
        HttpResponse<String> page = browser.get(authorizationUrl);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("frame-ancestors 'none'");
        assertThat(page.body()).contains(client.name) // JTE escapes by context: a quote in text stays as it is
                .contains(URI.create(client.redirectUri).getHost())
                .contains("<form method=\"post\"");
        for (String oneScope : scope.split(" ")) {
            assertThat(page.body()).contains(oneScope);
        }
        return new ConsentPage(page, formAction(page.body()), Browser.hiddenField(page.body(), "request_id"),
                Browser.hiddenField(page.body(), "csrf_token"));
    }

    /** Posts a decision as the consent form would (no checks: tests of the form look at the answer themselves). */
    HttpResponse<String> decide(Browser browser, ConsentPage page, String decision) {
        return browser.postForm(page.action(), page.fields(decision));
    }

    /** Approves, and checks the browser is sent on to sign in with a cookie binding the sign-in to it. */
    URI approve(Browser browser, ConsentPage page) {
        HttpResponse<String> toUpstream = decide(browser, page, "approve");
        assertThat(toUpstream.statusCode()).as(toUpstream.body()).isEqualTo(302);
        assertThat(toUpstream.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.contains("HttpOnly"));
        return Browser.location(toUpstream);
    }

    /** Consent and approval: the URL of the upstream sign-in the browser is sent to. */
    URI startLogin(Browser browser, OAuthClient client, String state, String scope) {
        return approve(browser, openConsent(browser, client, authorizationUrl(client, state, scope), scope));
    }

    /** Consent, approval and the upstream sign-in: the URL of our callback the browser comes back to. */
    URI upstreamCallback(Browser browser, OAuthClient client, String state, String scope) {
        return upstream.signIn(browser, startLogin(browser, client, state, scope));
    }

    /** Our callback, which must send the browser to the client with a code, the client's state and our issuer. */
    URI returnToClient(Browser browser, URI callback, OAuthClient client, String state) {
        HttpResponse<String> toClient = browser.get(callback);
        assertThat(toClient.statusCode()).as(toClient.body()).isEqualTo(302);
        URI clientCallback = Browser.location(toClient);
        assertThat(clientCallback.toString()).startsWith(client.redirectUri + "?");
        assertThat(OAuthClient.queryParameter(clientCallback, "state")).isEqualTo(state);
        assertThat(OAuthClient.queryParameter(clientCallback, "iss")).isEqualTo(issuer);
        return clientCallback;
    }

    /** The whole browser part in a fresh browser: the client's redirect URI as the browser lands on it. */
    URI authorize(OAuthClient client, String state, String scope) {
        Browser browser = new Browser();
        return returnToClient(browser, upstreamCallback(browser, client, state, scope), client, state);
    }

    /** A fresh authorization code for {@code client}. */
    String code(OAuthClient client, String scope) {
        return OAuthClient.queryParameter(authorize(client, "state-" + UUID.randomUUID(), scope), "code");
    }

    String code(OAuthClient client) {
        return code(client, OAuthClient.ALL_SCOPES);
    }

    /** Redeems a code and checks the token response (RFC 6749 §5.1). */
    TokenPair redeem(OAuthClient client, String code, String scope) {
        return TokenPair.issued(client.redeem(tokenEndpoint, code), scope);
    }

    TokenPair signIn(OAuthClient client, String scope) {
        return redeem(client, code(client, scope), scope);
    }

    TokenPair signIn(OAuthClient client) {
        return signIn(client, OAuthClient.ALL_SCOPES);
    }

    /** Registration, the browser part and the token request: what a newly set-up client ends with. */
    TokenPair signIn(String clientName) {
        return signIn(register(clientName));
    }

    static URI formAction(String html) {
        Matcher matcher = Pattern.compile("<form method=\"post\" action=\"([^\"]*)\"").matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no form in " + html);
        }
        return URI.create(matcher.group(1).replace("&amp;", "&"));
    }

    private static String challengeParameter(String challenge, String name) {
        Matcher matcher = Pattern.compile(name + "=\"([^\"]*)\"").matcher(challenge);
        assertThat(matcher.find()).as(challenge).isTrue();
        return matcher.group(1);
    }

    /** Our consent page and what its form posts. */
    record ConsentPage(HttpResponse<String> response, URI action, String requestId, String csrfToken) {

        Map<String, String> fields(String decision) {
            return Map.of("request_id", requestId, "csrf_token", csrfToken, "decision", decision);
        }
    }

    /** A successful token response. */
    record TokenPair(String accessToken, String refreshToken, String scope) {

        /** Checks a 200 token response (never cached, Bearer, with the expected scope) and reads it. */
        static TokenPair issued(HttpResponse<String> response, String expectedScope) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(OAuthClient.jsonString(response.body(), "token_type")).isEqualTo("Bearer");
            assertThat(OAuthClient.jsonString(response.body(), "scope")).isEqualTo(expectedScope);
            return new TokenPair(OAuthClient.jsonString(response.body(), "access_token"),
                    OAuthClient.jsonString(response.body(), "refresh_token"),
                    OAuthClient.jsonString(response.body(), "scope"));
        }
    }
}
