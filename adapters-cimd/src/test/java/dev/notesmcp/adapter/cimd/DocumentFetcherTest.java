package dev.notesmcp.adapter.cimd;

import dev.notesmcp.application.port.out.ClientMetadataDocuments.Fetch;
import dev.notesmcp.application.port.out.ClientMetadataDocuments.Fetched;
import dev.notesmcp.application.port.out.ClientMetadataDocuments.Unavailable;
import dev.notesmcp.domain.oauth.MetadataDocumentUrl;
import org.apache.hc.core5.ssl.SSLContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The guarded fetch against a local server (loopback allowed, as CIMD_ALLOW_LOOPBACK does). */
class DocumentFetcherTest {

    private final DocumentServer server = new DocumentServer();
    private final GuardedHttpClient http = client(true);
    private final GuardedHttpClient strictHttp = client(false);
    private final DocumentFetcher fetcher = new DocumentFetcher(http);

    DocumentFetcherTest() throws IOException {
    }

    private static GuardedHttpClient client(boolean allowLoopback) {
        return new GuardedHttpClient(allowLoopback, HostResolution.SYSTEM, SSLContexts.createDefault());
    }

    @AfterEach
    void stop() {
        server.close();
        http.close();
        strictHttp.close();
    }

    private static String document(String clientId) {
        return "{\"client_id\":\"" + clientId + "\",\"client_name\":\"App\","
                + "\"redirect_uris\":[\"http://127.0.0.1/callback\"],\"token_endpoint_auth_method\":\"none\"}";
    }

    private Fetch fetch(String url) {
        return fetcher.fetch(MetadataDocumentUrl.parse(url).orElseThrow()).fetch();
    }

    private static String reason(Fetch fetch) {
        assertThat(fetch).isInstanceOf(Unavailable.class);
        return ((Unavailable) fetch).reason();
    }

    @Test
    void aJsonDocumentIsFetchedAndReadWithItsCacheLifetime() {
        String url = server.url("/client.json");
        server.handle("/client.json", exchange -> DocumentServer.send(exchange, 200,
                "application/json; charset=utf-8", document(url), "Cache-Control", "public, max-age=600"));

        DocumentFetcher.Outcome outcome = fetcher.fetch(MetadataDocumentUrl.parse(url).orElseThrow());

        assertThat(outcome.fetch()).isInstanceOf(Fetched.class);
        Fetched fetched = (Fetched) outcome.fetch();
        assertThat(fetched.document().clientId()).contains(url);
        assertThat(fetched.document().metadata().redirectUris()).containsExactly("http://127.0.0.1/callback");
        assertThat(outcome.lifetime()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aDocumentWithAnInlineRsaKeyFitsTheCap() {
        String url = server.url("/client.json");
        String withKey = "{\"client_id\":\"" + url + "\",\"client_name\":\"App\","
                + "\"redirect_uris\":[\"http://127.0.0.1/callback\"],\"token_endpoint_auth_method\":\"private_key_jwt\","
                + "\"jwks\":" + TestAssertions.publicSet(TestAssertions.RSA) + "}";
        server.handle("/client.json", exchange -> DocumentServer.send(exchange, 200, "application/json", withKey));

        Fetch fetch = fetch(url);

        assertThat(fetch).isInstanceOf(Fetched.class);
        assertThat(((Fetched) fetch).document().jwks()).hasValueSatisfying(jwks -> assertThat(jwks).contains("\"rsa-1\""));
    }

    @Test
    void aDocumentNamingAnotherClientIsFetchedAsServedForThePolicyToRefuse() {
        server.handle("/client.json", exchange -> DocumentServer.send(exchange, 200, "application/json",
                document("https://evil.example/client.json")));
        assertThat(((Fetched) fetch(server.url("/client.json"))).document().clientId())
                .contains("https://evil.example/client.json");
    }

    @Test
    void aRedirectIsNotFollowed() {
        server.handle("/client.json", exchange -> DocumentServer.send(exchange, 302, "text/plain", "",
                "Location", server.url("/elsewhere.json")));
        server.handle("/elsewhere.json", exchange -> DocumentServer.send(exchange, 200, "application/json",
                document(server.url("/client.json"))));

        assertThat(reason(fetch(server.url("/client.json")))).contains("302").contains("redirect");
        assertThat(server.requests).hasValue(1);
    }

    @Test
    void anOversizedDocumentIsNotRead() {
        String url = server.url("/client.json");
        String padded = document(url).replace("\"App\"", "\"" + "A".repeat(DocumentFetcher.MAX_BYTES) + "\"");
        server.handle("/client.json", exchange -> DocumentServer.send(exchange, 200, "application/json", padded));
        assertThat(reason(fetch(url))).contains("larger than " + DocumentFetcher.MAX_BYTES);
    }

    @Test
    void aBodyThatNeverEndsTimesOut() {
        server.handle("/client.json", DocumentServer::drip);
        assertThat(reason(fetch(server.url("/client.json")))).contains("within");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html", ""})
    void aDocumentNotServedAsJsonIsRefused(String contentType) {
        server.handle("/client.json", exchange -> DocumentServer.send(exchange, 200, contentType,
                document(server.url("/client.json"))));
        assertThat(reason(fetch(server.url("/client.json")))).contains("not application/json");
    }

    @Test
    void aBodyThatIsNotJsonIsRefused() {
        server.handle("/client.json", exchange -> DocumentServer.send(exchange, 200, "application/json", "<html>"));
        assertThat(reason(fetch(server.url("/client.json")))).contains("not valid JSON");
    }

    @Test
    void aFieldOfTheWrongShapeIsRefused() {
        server.handle("/client.json", exchange -> DocumentServer.send(exchange, 200, "application/json",
                "{\"client_id\":\"x\",\"redirect_uris\":\"http://127.0.0.1/callback\"}"));
        assertThat(reason(fetch(server.url("/client.json")))).contains("redirect_uris must be an array");
    }

    @Test
    void aNotFoundIsUnavailable() {
        assertThat(reason(fetch(server.url("/missing.json")))).contains("404");
    }

    @Test
    void anUnreachablePortIsUnavailable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        assertThat(reason(fetch("http://127.0.0.1:" + port + "/client.json"))).contains("could not be reached");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://10.0.0.1/client.json", "https://192.168.1.1/client.json",
            "https://172.16.0.1/client.json", "https://169.254.169.254/latest/meta-data",
            "https://[fd00:ec2::254]/client.json", "https://100.64.0.1/client.json", "https://0.0.0.0/client.json",
            "https://[fe80::1]/client.json", "https://224.0.0.1/client.json", "https://[::ffff:10.0.0.1]/client.json",
            "https://[64:ff9b::a00:1]/client.json"})
    void aPrivateOrSpecialAddressIsRefusedBeforeConnecting(String url) {
        assertThat(reason(fetch(url))).contains("which this server never fetches from");
    }

    @Test
    void withoutTheLoopbackSwitchLoopbackAndPlainHttpAreRefused() {
        server.handle("/client.json", exchange -> DocumentServer.send(exchange, 200, "application/json",
                document(server.url("/client.json"))));
        DocumentFetcher strict = new DocumentFetcher(strictHttp);

        assertThat(reason(strict.fetch(MetadataDocumentUrl.parse(server.url("/client.json")).orElseThrow()).fetch()))
                .contains("not served over https");
        assertThat(reason(strict.fetch(MetadataDocumentUrl.parse("https://127.0.0.1:1/client.json").orElseThrow())
                .fetch())).contains("loopback");
        assertThat(reason(strict.fetch(MetadataDocumentUrl.parse("https://localhost:1/client.json").orElseThrow())
                .fetch())).contains("loopback");
        assertThat(server.requests).hasValue(0);
    }
}
