package dev.notesmcp.bootstrap;

import com.sun.net.httpserver.HttpServer;
import dev.notesmcp.bootstrap.SignInFlow.ConsentPage;
import dev.notesmcp.bootstrap.SignInFlow.TokenPair;
import io.modelcontextprotocol.client.McpSyncClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every popular MCP client, end to end over real HTTP with the dev login: it registers as that
 * client does (dynamic registration with its metadata, or a client ID metadata document served on
 * loopback, CIMD_ALLOW_LOOPBACK), authorizes with the redirect URI it really uses (PKCE S256,
 * {@code resource}, {@code state}; the SDK-based clients add {@code offline_access}, which the
 * authorization-server metadata lists, as SEP-2207 tells them to), approves on the consent page, comes back with code, state and
 * {@code iss}, redeems the code as a public client (or with a {@code private_key_jwt} assertion,
 * ChatGPT's CIMD case), refreshes (the refresh token rotates) and lists the six tools through the
 * MCP Java SDK client. For https redirect URIs (claude.ai, ChatGPT) the test reads the code from
 * the Location header instead of following it.
 */
class ClientProfilesEndToEndTest {

    private static final List<String> TOOLS = List.of("list_notes", "search_notes", "get_note", "create_note",
            "update_note", "delete_note");

    /**
     * How a client identifies itself: dynamic registration, the URL of a metadata document, or such
     * a URL with signing keys ({@code jwks_uri} at the document's URL + {@code .jwks}).
     */
    enum Registration { DCR, CIMD, CIMD_PRIVATE_KEY_JWT }

    /**
     * One client: its {@code metadata} (the DCR request body, or the CIMD document with {@code %s}
     * for the document's own URL), the redirect URI and the scope it sends to /authorize.
     */
    record ClientProfile(String name, Registration registration, String metadata, String redirectUri, String scope) {

        /** A client asking for the scopes the 401 challenge names. */
        ClientProfile(String name, Registration registration, String metadata, String redirectUri) {
            this(name, registration, metadata, redirectUri, OAuthClient.ALL_SCOPES);
        }

        @Override
        public String toString() {
            return name + " (" + registration + ")";
        }
    }

    private static HttpServer documents;
    private static TestServer server;
    private static SignInFlow flow;

    @BeforeAll
    static void start() throws IOException {
        documents = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        documents.start();
        server = TestServer.start(Map.of("CIMD_ALLOW_LOOPBACK", "true"));
        flow = SignInFlow.discover(server, SignInFlow.devLogin("profile-user"));
    }

    @AfterAll
    static void stop() {
        server.close();
        documents.stop(0);
    }

    static List<ClientProfile> profiles() {
        return ClientProfiles.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void theClientRegistersSignsInRefreshesAndListsTheTools(ClientProfile profile) {
        OAuthClient client = identify(profile);

        URI landing = authorize(client, profile);
        TokenPair first = flow.redeem(client, OAuthClient.queryParameter(landing, "code"), OAuthClient.ALL_SCOPES);
        TokenPair refreshed = TokenPair.issued(client.refresh(flow.tokenEndpoint, first.refreshToken()),
                OAuthClient.ALL_SCOPES);

        assertThat(refreshed.refreshToken()).isNotBlank().isNotEqualTo(first.refreshToken());
        assertThat(refreshed.accessToken()).isNotEqualTo(first.accessToken());
        McpSyncClient mcp = McpClients.connect(server, refreshed.accessToken());
        try {
            assertThat(mcp.listTools().tools()).extracting(tool -> tool.name())
                    .containsExactlyInAnyOrderElementsOf(TOOLS);
        } finally {
            mcp.closeGracefully();
        }
    }

    /** Registers (DCR) or serves the document (CIMD): the client as it will then present itself. */
    private static OAuthClient identify(ClientProfile profile) {
        if (profile.registration() == Registration.CIMD) {
            String url = serve(profile.metadata());
            return OAuthClient.registered("{\"client_id\":\"" + url + "\"}", profile.name(), profile.redirectUri());
        }
        if (profile.registration() == Registration.CIMD_PRIVATE_KEY_JWT) {
            String url = serve(profile.metadata());
            SigningKey key = SigningKey.generate();
            serve(URI.create(url + ".jwks").getPath(), "application/jwk-set+json", key.publicJwkSet());
            return OAuthClient.withPrivateKey(url, profile.name(), profile.redirectUri(),
                    () -> key.assertion(url, flow.tokenEndpoint.toString()));
        }
        HttpResponse<String> response = RawHttp.post(flow.registrationEndpoint.toString(), profile.metadata(),
                Map.of("Content-Type", "application/json"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(OAuthClient.jsonStrings(response.body(), "grant_types")).contains("refresh_token");
        return OAuthClient.registered(response.body(), profile.name(), profile.redirectUri());
    }

    /** Consent (naming the client, verified or not), the dev sign-in, and the redirect to the client. */
    private static URI authorize(OAuthClient client, ClientProfile profile) {
        Browser browser = new Browser();
        String state = "state-" + UUID.randomUUID();
        HttpResponse<String> page = browser.get(flow.authorizationUrl(client, state, profile.scope()));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains(profile.name());
        assertThat(page.body()).contains(profile.registration() == Registration.DCR
                ? "(unverified: this name is chosen by the" : "<strong>The client at 127.0.0.1</strong>");
        ConsentPage consent = new ConsentPage(page, SignInFlow.formAction(page.body()),
                Browser.hiddenField(page.body(), "request_id"), Browser.hiddenField(page.body(), "csrf_token"));
        URI callback = flow.upstream.signIn(browser, flow.approve(browser, consent));
        return flow.returnToClient(browser, callback, client, state);
    }

    /** Serves {@code json} (with {@code %s} for the document's own URL) at a fresh loopback path. */
    private static String serve(String json) {
        String path = "/client-" + UUID.randomUUID() + ".json";
        String url = "http://127.0.0.1:" + documents.getAddress().getPort() + path;
        serve(path, "application/json", json.formatted(url));
        return url;
    }

    private static void serve(String path, String contentType, String content) {
        byte[] body = content.getBytes(StandardCharsets.UTF_8);
        documents.createContext(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.getResponseHeaders().set("Cache-Control", "max-age=300");
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }
}
