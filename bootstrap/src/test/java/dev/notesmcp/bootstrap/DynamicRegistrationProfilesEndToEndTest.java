package dev.notesmcp.bootstrap;

import dev.notesmcp.bootstrap.SignInFlow.ConsentPage;
import dev.notesmcp.bootstrap.SignInFlow.TokenPair;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dynamic registration as popular clients really do it, over real HTTP with the dev login:
 * Cursor registers a private-use scheme without a dot, an https and a loopback redirect URI, and
 * signs in through {@code cursor://…} or a loopback port other than the registered one; VS Code
 * lists the device grant and gets back the grant types it was registered with.
 */
class DynamicRegistrationProfilesEndToEndTest {

    private static final String CURSOR_SCHEME_REDIRECT = "cursor://anysphere.cursor-mcp/oauth/callback";
    private static final String CURSOR_REGISTRATION = """
            {"client_name":"Cursor","redirect_uris":["cursor://anysphere.cursor-mcp/oauth/callback",
             "https://www.cursor.com/agents/mcp/oauth/callback","http://localhost:8787/callback"],
             "grant_types":["authorization_code","refresh_token"],"response_types":["code"],
             "token_endpoint_auth_method":"none"}""";
    private static final String VS_CODE_REGISTRATION = """
            {"client_name":"Visual Studio Code","redirect_uris":["http://127.0.0.1:33418","https://vscode.dev/redirect"],
             "grant_types":["authorization_code","refresh_token","urn:ietf:params:oauth:grant-type:device_code"],
             "response_types":["code"],"token_endpoint_auth_method":"none"}""";

    private static TestServer server;
    private static SignInFlow flow;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        flow = SignInFlow.discover(server, SignInFlow.devLogin("cursor-user"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> register(String metadata) {
        return RawHttp.post(flow.registrationEndpoint.toString(), metadata, Map.of("Content-Type", "application/json"));
    }

    private static String registered(String metadata) {
        HttpResponse<String> response = register(metadata);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.body();
    }

    @Test
    void cursorRegistersItsThreeRedirectUrisAsANativeClient() {
        String information = registered(CURSOR_REGISTRATION);

        assertThat(OAuthClient.jsonStrings(information, "redirect_uris")).containsExactly(CURSOR_SCHEME_REDIRECT,
                "https://www.cursor.com/agents/mcp/oauth/callback", "http://localhost:8787/callback");
        assertThat(OAuthClient.jsonString(information, "application_type")).isEqualTo("native");
    }

    @Test
    void cursorSignsInThroughItsPrivateUseScheme() {
        OAuthClient cursor = OAuthClient.registered(registered(CURSOR_REGISTRATION), "Cursor", CURSOR_SCHEME_REDIRECT);

        URI landing = authorize(cursor, "cursor:");

        assertThat(landing.getScheme()).isEqualTo("cursor");
        assertThat(landing.getRawPath()).isEqualTo("/oauth/callback");
        callsTheServerWith(flow.redeem(cursor, OAuthClient.queryParameter(landing, "code"), OAuthClient.ALL_SCOPES));
    }

    /** RFC 8252 §7.3: the loopback port is chosen at run time, so any port matches the registered URI. */
    @Test
    void cursorSignsInOnAnotherLoopbackPort() {
        OAuthClient cursor = OAuthClient.registered(registered(CURSOR_REGISTRATION), "Cursor",
                "http://localhost:18787/callback");

        URI landing = authorize(cursor, "localhost");

        assertThat(landing.getPort()).isEqualTo(18787);
        callsTheServerWith(flow.redeem(cursor, OAuthClient.queryParameter(landing, "code"), OAuthClient.ALL_SCOPES));
    }

    @Test
    void vsCodeGetsBackTheGrantTypesItWasRegisteredWith() {
        String information = registered(VS_CODE_REGISTRATION);

        assertThat(OAuthClient.jsonStrings(information, "grant_types"))
                .containsExactly("authorization_code", "refresh_token");
        assertThat(OAuthClient.jsonString(information, "application_type")).isEqualTo("native");
        OAuthClient vsCode = OAuthClient.registered(information, "Visual Studio Code", "http://127.0.0.1:40123");
        callsTheServerWith(flow.signIn(vsCode));
    }

    @Test
    void aDangerousSchemeStillRefusesTheRegistration() {
        HttpResponse<String> response = register("""
                {"redirect_uris":["cursor://anysphere.cursor-mcp/oauth/callback","javascript:alert(1)"],
                 "token_endpoint_auth_method":"none"}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(OAuthClient.jsonString(response.body(), "error")).isEqualTo("invalid_redirect_uri");
    }

    /** Consent (naming the client and where it sends the browser), the dev sign-in, and the way back. */
    private static URI authorize(OAuthClient client, String shownDestination) {
        Browser browser = new Browser();
        String state = "state-" + UUID.randomUUID();
        HttpResponse<String> page = browser.get(flow.authorizationUrl(client, state, OAuthClient.ALL_SCOPES));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains(client.name).contains(shownDestination);
        ConsentPage consent = new ConsentPage(page, SignInFlow.formAction(page.body()),
                Browser.hiddenField(page.body(), "request_id"), Browser.hiddenField(page.body(), "csrf_token"));
        URI callback = flow.upstream.signIn(browser, flow.approve(browser, consent));
        return flow.returnToClient(browser, callback, client, state);
    }

    private static void callsTheServerWith(TokenPair tokens) {
        HttpResponse<String> initialized = RawHttp.postMcp(server, tokens.accessToken(), RawHttp.INITIALIZE);
        assertThat(initialized.statusCode()).as(initialized.body()).isEqualTo(200);
        assertThat(tokens.refreshToken()).isNotBlank();
    }
}
