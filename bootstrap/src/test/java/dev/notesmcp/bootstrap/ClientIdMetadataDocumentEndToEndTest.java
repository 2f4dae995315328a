package dev.notesmcp.bootstrap;

import com.sun.net.httpserver.HttpServer;
import dev.notesmcp.bootstrap.SignInFlow.TokenPair;
import io.modelcontextprotocol.client.McpSyncClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.notesmcp.bootstrap.OAuthAssertions.assertErrorPage;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client whose client_id is the URL of its metadata document (CIMD, MCP 2025-11-25 SEP-991),
 * served by a local HTTP server on loopback (CIMD_ALLOW_LOOPBACK): consent names the document's
 * host, the dev login signs in, the token endpoint takes the URL and no secret, and the tools
 * answer. Hostile documents end on our error page with no code issued.
 */
class ClientIdMetadataDocumentEndToEndTest {

    private static final String REDIRECT_URI = "http://127.0.0.1:33419/callback";

    private static HttpServer documents;
    private static final AtomicInteger fetches = new AtomicInteger();
    private static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        documents = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        documents.start();
        server = TestServer.start(Map.of("CIMD_ALLOW_LOOPBACK", "true"));
    }

    @AfterAll
    static void stop() {
        server.close();
        documents.stop(0);
    }

    /** Serves {@code json} (with {@code %s} for the document's own URL) at a fresh path; returns the URL. */
    private static String serve(String json) {
        String path = "/client-" + UUID.randomUUID() + ".json";
        String url = "http://127.0.0.1:" + documents.getAddress().getPort() + path;
        byte[] body = json.formatted(url).getBytes(StandardCharsets.UTF_8);
        documents.createContext(path, exchange -> {
            fetches.incrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("Cache-Control", "max-age=300");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        return url;
    }

    private static String document(String clientId) {
        return """
                {"client_id":"%s","client_name":"Loopback CIMD app","redirect_uris":["%s"],
                 "grant_types":["authorization_code","refresh_token"],"token_endpoint_auth_method":"none"}"""
                .formatted(clientId, REDIRECT_URI);
    }

    private static OAuthClient client(String url, String redirectUri) {
        return OAuthClient.registered("{\"client_id\":\"" + url + "\"}", "Loopback CIMD app", redirectUri);
    }

    private static SignInFlow flow() {
        return SignInFlow.discover(server, SignInFlow.devLogin("cimd-user"));
    }

    @Test
    void theMetadataAdvertisesDocumentsWithPublicClients() {
        String metadata = RawHttp.get(server.baseUrl() + "/.well-known/oauth-authorization-server").body();
        assertThat(metadata).contains("\"client_id_metadata_document_supported\":true");
        assertThat(OAuthClient.jsonStrings(metadata, "token_endpoint_auth_methods_supported")).contains("none");
    }

    @Test
    void aDocumentClientSignsInWithoutRegisteringAndListsTheTools() {
        String url = serve(document("%s"));
        OAuthClient client = client(url, REDIRECT_URI);
        SignInFlow flow = flow();

        HttpResponse<String> consent = new Browser().get(flow.authorizationUrl(client, "s", OAuthClient.ALL_SCOPES));
        assertThat(consent.statusCode()).as(consent.body()).isEqualTo(200);
        assertThat(consent.body()).contains("<strong>The client at 127.0.0.1</strong>")
                .contains("verified: its metadata document is served from this host");

        TokenPair tokens = flow.signIn(client);
        McpSyncClient mcp = McpClients.connect(server, tokens.accessToken());
        assertThat(mcp.listTools().tools()).extracting(tool -> tool.name()).contains("list_notes", "create_note");
        mcp.closeGracefully();
        assertThat(tokens.refreshToken()).isNotBlank();
    }

    /** ChatGPT's way (RFC 7523): the document's inline keys; at /token only a fresh assertion signed with them. */
    @Test
    void aPrivateKeyJwtClientIsAuthenticatedOnlyByAFreshAssertionSignedWithItsDocumentsKey() {
        SigningKey key = SigningKey.generate();
        SigningKey impostor = SigningKey.generate(key.keyId());
        String url = serve(document("%s").replace("\"none\"", "\"private_key_jwt\",\"jwks\":"
                + key.publicJwkSet().replace("%", "%%")));
        SignInFlow flow = flow();
        String audience = flow.tokenEndpoint.toString();
        OAuthClient forged = OAuthClient.withPrivateKey(url, "Loopback CIMD app", REDIRECT_URI,
                () -> impostor.assertion(url, audience));
        String code = flow.code(forged);

        assertInvalidClient(forged.redeem(flow.tokenEndpoint, code), "its signature does not verify");
        assertInvalidClient(forged.asPublicClient().redeem(flow.tokenEndpoint, code),
                "this client authenticates with private_key_jwt");
        String once = key.assertion(url, audience);
        OAuthClient replaying = forged.withAssertions(() -> once);
        TokenPair tokens = TokenPair.issued(replaying.redeem(flow.tokenEndpoint, code), OAuthClient.ALL_SCOPES);

        assertInvalidClient(replaying.refresh(flow.tokenEndpoint, tokens.refreshToken()), "already used");
        OAuthClient honest = forged.withAssertions(() -> key.assertion(url, audience));
        assertThat(honest.refresh(flow.tokenEndpoint, tokens.refreshToken()).statusCode()).isEqualTo(200);
    }

    private static void assertInvalidClient(HttpResponse<String> response, String description) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(OAuthClient.jsonString(response.body(), "error")).isEqualTo("invalid_client");
        assertThat(response.body()).contains(description);
    }

    @Test
    void aDocumentNamingAnotherClientIdIsRefusedOnOurPage() {
        String url = serve(document("http://127.0.0.1:1/someone-else.json"));
        assertRefused(client(url, REDIRECT_URI), "its client metadata document is refused (invalid_client_metadata:"
                + " the document's client_id must equal its URL");
    }

    @Test
    void aRedirectUriNotInTheDocumentIsRefusedOnOurPage() {
        String url = serve(document("%s"));
        assertRefused(client(url, "http://127.0.0.1:33419/elsewhere"),
                "The redirect_uri is not one registered for this application");
    }

    @Test
    void anUnreachableDocumentIsRefusedOnOurPage() {
        assertRefused(client("http://127.0.0.1:" + closedPort() + "/client.json", REDIRECT_URI),
                "its client metadata document could not be fetched: its host could not be reached");
    }

    @Test
    void aPrivateKeyJwtDocumentWithoutKeysIsRefused() {
        String url = serve(document("%s").replace("\"none\"", "\"private_key_jwt\""));
        assertRefused(client(url, REDIRECT_URI), "exactly one of jwks and jwks_uri");
    }

    @Test
    void withDocumentsOffAUrlClientIdIsAnUnknownClient() {
        String url = serve(document("%s"));
        int before = fetches.get();
        try (TestServer off = TestServer.start(Map.of("CIMD", "false"))) {
            String metadata = RawHttp.get(off.baseUrl() + "/.well-known/oauth-authorization-server").body();
            assertThat(metadata).contains("\"client_id_metadata_document_supported\":false");
            SignInFlow flow = SignInFlow.discover(off, SignInFlow.devLogin("cimd-user"));
            assertErrorPage(new Browser().get(flow.authorizationUrl(client(url, REDIRECT_URI), "s",
                    OAuthClient.ALL_SCOPES)), "This application is not registered with this server (unknown client_id).");
        }
        assertThat(fetches).hasValue(before);
    }

    private static void assertRefused(OAuthClient client, String message) {
        SignInFlow flow = flow();
        HttpResponse<String> page = new Browser().get(flow.authorizationUrl(client, "s", OAuthClient.ALL_SCOPES));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(400);
        assertThat(page.body()).contains("Sign-in problem").contains(message);
        assertThat(page.headers().firstValue("Location")).isEmpty();
        // Nothing issued or stored: the token endpoint does not know the client with any code.
        HttpResponse<String> token = client.redeem(flow.tokenEndpoint, "no-such-code");
        assertThat(token.statusCode()).isIn(400, 401);
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
