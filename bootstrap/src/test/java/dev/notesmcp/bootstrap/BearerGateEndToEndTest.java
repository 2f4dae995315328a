package dev.notesmcp.bootstrap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every way a request can fail the bearer gate on {@code /mcp}, with the exact challenge it gets. */
class BearerGateEndToEndTest {

    private static final String USER = "github:1234567";
    private static TestServer server;
    private static String metadataUrl;

    @BeforeAll
    static void startServer() {
        server = TestServer.start();
        metadataUrl = server.settings().publicUrl() + "/.well-known/oauth-protected-resource/mcp";
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void withoutATokenTheChallengePointsAtTheMetadataAndNamesTheToolsScopes() {
        HttpResponse<String> response = RawHttp.postMcp(server, null, RawHttp.INITIALIZE);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().allValues("WWW-Authenticate"))
                .containsExactly("Bearer resource_metadata=\"" + metadataUrl + "\", scope=\"notes:read notes:write\"");
    }

    @Test
    void theMetadataTheChallengeNamesIsServedAndNamesThisResource() {
        HttpResponse<String> response = RawHttp.get(server.baseUrl() + "/.well-known/oauth-protected-resource/mcp");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"resource\":\"" + server.settings().publicUrl() + "/mcp\"")
                .contains("\"authorization_servers\":[\"" + server.settings().publicUrl() + "\"]")
                .contains("\"scopes_supported\":[\"notes:read\",\"notes:write\"]")
                .contains("\"bearer_methods_supported\":[\"header\"]");
    }

    static Stream<Arguments> invalidTokens() {
        return Stream.of(
                Arguments.of("malformed", (Function<Tokens, String>) tokens -> "not-a-jwt"),
                Arguments.of("three garbage parts", (Function<Tokens, String>) tokens -> "a.b.c"),
                Arguments.of("bad signature", (Function<Tokens, String>) tokens -> tokens.withBadSignature(USER)),
                Arguments.of("signed with another secret", (Function<Tokens, String>) tokens ->
                        tokens.signedWith("another-secret-0123456789abcdef0123456789", USER)),
                Arguments.of("expired", (Function<Tokens, String>) tokens -> tokens.expired(USER)),
                Arguments.of("wrong audience", (Function<Tokens, String>) tokens ->
                        tokens.forAudience("https://elsewhere.example/mcp", USER)),
                Arguments.of("wrong issuer", (Function<Tokens, String>) tokens ->
                        tokens.fromIssuer("https://evil.example", USER)),
                Arguments.of("alg none", (Function<Tokens, String>) tokens -> tokens.algNone(USER)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidTokens")
    void anInvalidTokenIsRefusedWithInvalidToken(String description, Function<Tokens, String> token) {
        HttpResponse<String> response = RawHttp.postMcp(server, token.apply(server.tokens()), RawHttp.INITIALIZE);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly(
                "Bearer error=\"invalid_token\", error_description=\"The access token is invalid or expired\", "
                        + "resource_metadata=\"" + metadataUrl + "\", scope=\"notes:read notes:write\"");
    }

    @Test
    void anotherAuthenticationSchemeIsAnInvalidToken() {
        HttpResponse<String> response = RawHttp.post(server.mcpUrl(), RawHttp.INITIALIZE,
                Map.of("Content-Type", "application/json", "Authorization", "Basic dXNlcjpwYXNz"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).get().asString()
                .startsWith("Bearer error=\"invalid_token\"");
    }

    /** RFC 6750 §3.1: two Authorization headers are a malformed request, even when the first carries a good token. */
    @Test
    void twoAuthorizationHeadersAreAnInvalidRequest() throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.mcpUrl()))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .header("Authorization", "Bearer " + server.tokens().forUser(USER))
                .header("Authorization", "Bearer " + server.tokens().forUser("github:7654321"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(RawHttp.INITIALIZE))
                .build();

        HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly(
                "Bearer error=\"invalid_request\", error_description=\"Send exactly one Authorization header\", "
                        + "resource_metadata=\"" + metadataUrl + "\"");
        assertThat(response.body()).doesNotContain("serverInfo");
    }

    @Test
    void theBearerSchemeNameIsCaseInsensitive() {
        HttpResponse<String> response = RawHttp.post(server.mcpUrl(), RawHttp.INITIALIZE,
                RawHttp.mcpHeaders(null, Map.of("Authorization", "bEaReR " + server.tokens().forUser(USER))));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void aValidTokenGetsThrough() {
        HttpResponse<String> response = RawHttp.postMcp(server, server.tokens().forUser(USER), RawHttp.INITIALIZE);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"serverInfo\":{\"name\":\"notes-mcp\"");
    }

    @Test
    void aTokenWithoutTheToolsScopeIsForbiddenWithTheScopeItNeedsAndTheOneItHas() {
        String readOnly = server.tokens().forUser(USER, dev.notesmcp.domain.token.Scope.NOTES_READ);
        HttpResponse<String> response = RawHttp.postMcp(server, readOnly, """
                {"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"delete_note","arguments":{"id":"x"}}}""");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly(
                "Bearer error=\"insufficient_scope\", scope=\"notes:read notes:write\", "
                        + "error_description=\"This request needs the notes:write scope\", "
                        + "resource_metadata=\"" + metadataUrl + "\"");
        assertThat(response.body()).contains("\"id\":7");
    }

    @Test
    void aTokenWithoutAnyScopeMayStillListTools() {
        String noScopes = server.tokens().forUser(USER, new dev.notesmcp.domain.token.Scope[0]);
        HttpResponse<String> response = RawHttp.postMcp(server, noScopes, RawHttp.TOOLS_LIST);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("create_note");
    }

    @Test
    void readingToolsNeedTheReadScope() {
        String writeOnly = server.tokens().forUser(USER, dev.notesmcp.domain.token.Scope.NOTES_WRITE);
        HttpResponse<String> response = RawHttp.postMcp(server, writeOnly, """
                {"jsonrpc":"2.0","id":8,"method":"tools/call","params":{"name":"list_notes","arguments":{}}}""");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("WWW-Authenticate")).get().asString()
                .contains("scope=\"notes:read notes:write\"")
                .contains("error_description=\"This request needs the notes:read scope\"");
    }

    @Test
    void theHealthAndMetadataEndpointsNeedNoToken() {
        assertThat(RawHttp.get(server.baseUrl() + "/health").statusCode()).isEqualTo(200);
        assertThat(RawHttp.get(server.baseUrl() + "/.well-known/oauth-protected-resource").statusCode()).isEqualTo(200);
    }
}
