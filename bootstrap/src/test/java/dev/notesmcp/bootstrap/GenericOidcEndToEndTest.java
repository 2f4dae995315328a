package dev.notesmcp.bootstrap;

import dev.notesmcp.bootstrap.SignInFlow.TokenPair;
import io.modelcontextprotocol.client.McpSyncClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static dev.notesmcp.bootstrap.McpClients.call;
import static dev.notesmcp.bootstrap.McpClients.structured;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code IDENTITY_PROVIDERS=oidc} alone, against a Keycloak-like issuer ({@code /realms/notes}) of
 * a real OpenID Connect server (mock-oauth2-server) found by discovery: the consent page keeps its
 * single Allow button, the sign-in asks for {@code OIDC_SCOPES}, and an MCP client completes the
 * whole flow as user {@code oidc:<sub>}.
 */
class GenericOidcEndToEndTest {

    private static final String REALM = "realms/notes";

    private static MockOidcProvider oidc;
    private static TestServer server;
    private static SignInFlow flow;

    @BeforeAll
    static void start() {
        oidc = MockOidcProvider.start();
        server = TestServer.start(Map.of("IDENTITY_PROVIDERS", "oidc",
                "OIDC_ISSUER", oidc.issuer(REALM).toString(), "OIDC_CLIENT_ID", "notes-mcp",
                "OIDC_CLIENT_SECRET", "keycloak-e2e-secret", "OIDC_DISPLAY_NAME", "Acme SSO",
                "OIDC_SCOPES", "openid profile"));
        flow = SignInFlow.discover(server, oidc.signIn(REALM, "f3b1c2d4-0000-4e5f-9a8b-7c6d5e4f3a2b",
                Map.of("preferred_username", "jdoe", "email", "jdoe@example.com")));
    }

    @AfterAll
    static void stop() {
        server.close();
        oidc.close();
    }

    @Test
    void theConsentPageKeepsItsSingleAllowButton() {
        OAuthClient client = flow.register("single provider");
        HttpResponse<String> page = flow.openConsent(new Browser(), client,
                flow.authorizationUrl(client, "s", OAuthClient.ALL_SCOPES), OAuthClient.ALL_SCOPES).response();

        assertThat(page.body()).contains("<button type=\"submit\" name=\"decision\" value=\"approve\">Allow</button>")
                .doesNotContain("name=\"provider\"");
    }

    @Test
    void allowSendsTheBrowserToTheIssuerWithTheConfiguredScopesAndOurCallback() {
        OAuthClient client = flow.register("scopes");
        URI login = flow.startLogin(new Browser(), client, "s", OAuthClient.ALL_SCOPES);

        assertThat(login.toString()).startsWith(oidc.issuer(REALM) + "/authorize?");
        assertThat(OAuthClient.queryParameter(login, "scope")).isEqualTo("openid profile");
        assertThat(OAuthClient.queryParameter(login, "redirect_uri"))
                .isEqualTo(server.settings().publicUrl() + "/oauth/oidc/callback");
        assertThat(OAuthClient.queryParameter(login, "code_challenge_method")).isEqualTo("S256");
        assertThat(OAuthClient.queryParameter(login, "nonce")).isNotBlank();
    }

    @Test
    void anMcpClientCompletesTheWholeFlowAsTheIssuersSubject() {
        TokenPair tokens = flow.signIn("generic oidc client");

        assertThat(OAuthClient.tokenClaim(tokens.accessToken(), "sub")).isEqualTo("oidc:f3b1c2d4-0000-4e5f-9a8b-7c6d5e4f3a2b");
        McpSyncClient client = McpClients.connect(server, tokens.accessToken());
        assertThat(call(client, "create_note", Map.of("title", "Signed in by discovery", "tags", List.of("oidc")))
                .isError()).isFalse();
        List<?> notes = (List<?>) structured(call(client, "list_notes", Map.of())).get("notes");
        assertThat(notes).singleElement().extracting(note -> ((Map<?, ?>) note).get("title"))
                .isEqualTo("Signed in by discovery");
        client.closeGracefully();
    }
}
