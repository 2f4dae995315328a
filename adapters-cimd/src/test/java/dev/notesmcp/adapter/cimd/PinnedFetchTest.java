package dev.notesmcp.adapter.cimd;

import dev.notesmcp.application.port.out.ClientMetadataDocuments.Fetch;
import dev.notesmcp.application.port.out.ClientMetadataDocuments.Fetched;
import dev.notesmcp.application.port.out.ClientMetadataDocuments.Unavailable;
import dev.notesmcp.domain.oauth.MetadataDocumentUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connection goes to the addresses our resolver vetted, and to no other: made-up names under
 * {@code .cimd.test} (which no real resolver knows, and which no test asks one about) are mapped
 * to the local https server by the injected resolution; TLS checks the certificate of
 * {@value TestTls#HOST} against the name in the URL.
 */
class PinnedFetchTest {

    private final DocumentServer server = DocumentServer.https(TestTls.server());
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private Map<String, List<InetAddress>> answers = Map.of();
    private final GuardedHttpClient http = new GuardedHttpClient(true, host -> {
        asked.add(host);
        List<InetAddress> answer = answers.get(host);
        if (answer == null) {
            throw new UnknownHostException(host);
        }
        return answer.toArray(InetAddress[]::new);
    }, TestTls.client());

    PinnedFetchTest() throws IOException, GeneralSecurityException {
        server.handle("/client.json", exchange -> DocumentServer.send(exchange, 200, "application/json",
                "{\"client_id\":\"https://" + TestTls.HOST + ":" + server.port() + "/client.json\"}"));
    }

    @AfterEach
    void stop() {
        http.close();
        server.close();
    }

    private Fetch fetch(String host) {
        String url = "https://" + host + ":" + server.port() + "/client.json";
        return new DocumentFetcher(http).fetch(MetadataDocumentUrl.parse(url).orElseThrow()).fetch();
    }

    private static InetAddress address(String host, int... bytes) throws UnknownHostException {
        byte[] raw = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            raw[i] = (byte) bytes[i];
        }
        return InetAddress.getByAddress(host, raw);
    }

    @Test
    void theConnectionUsesTheAddressOurResolverVetted() throws UnknownHostException {
        answers = Map.of(TestTls.HOST, List.of(address(TestTls.HOST, 127, 0, 0, 1)));

        Fetch fetch = fetch(TestTls.HOST);

        assertThat(fetch).isInstanceOf(Fetched.class);
        assertThat(((Fetched) fetch).document().clientId()).contains("https://" + TestTls.HOST + ":" + server.port() + "/client.json");
        assertThat(asked).containsExactly(TestTls.HOST); // one lookup: nothing for a rebinding answer to land in
        assertThat(server.requests).hasValue(1);
    }

    @Test
    void oneRefusedAddressAmongTheAnswersRefusesTheHostBeforeAnyConnection() throws UnknownHostException {
        // Loopback first: were the guard skipped, the client would connect there and the server would count it.
        answers = Map.of(TestTls.HOST, List.of(address(TestTls.HOST, 127, 0, 0, 1), address(TestTls.HOST, 10, 0, 0, 1)));

        Fetch fetch = fetch(TestTls.HOST);

        assertThat(fetch).isInstanceOf(Unavailable.class);
        assertThat(((Unavailable) fetch).reason()).contains("10.0.0.1").contains("a private address");
        assertThat(server.requests).hasValue(0);
    }

    @Test
    void theCertificateMustNameTheHostOfTheUrlNotTheAddress() throws UnknownHostException {
        answers = Map.of("other.cimd.test", List.of(address("other.cimd.test", 127, 0, 0, 1)));

        Fetch fetch = fetch("other.cimd.test");

        assertThat(fetch).isInstanceOf(Unavailable.class);
        assertThat(((Unavailable) fetch).reason()).contains("TLS handshake failed").contains("name the host");
        assertThat(server.requests).hasValue(0);
    }

    @Test
    void theSystemsProxySettingsAreIgnored() throws IOException, InterruptedException {
        answers = Map.of(TestTls.HOST, List.of(address(TestTls.HOST, 127, 0, 0, 1)));
        ServerSocket proxy = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        AtomicInteger proxied = new AtomicInteger();
        Thread acceptor = Thread.ofVirtual().start(() -> {
            while (!proxy.isClosed()) {
                try {
                    proxy.accept().close();
                    proxied.incrementAndGet();
                } catch (IOException closed) {
                    return;
                }
            }
        });
        String port = String.valueOf(proxy.getLocalPort());
        // Every JVM-wide proxy setting pointed at a socket that counts; the non-proxy lists emptied of loopback.
        Map<String, String> settings = Map.of("socksProxyHost", "127.0.0.1", "socksProxyPort", port,
                "socksNonProxyHosts", "none.cimd.test", "https.proxyHost", "127.0.0.1", "https.proxyPort", port,
                "http.nonProxyHosts", "none.cimd.test");
        Map<String, String> saved = new HashMap<>();
        settings.keySet().forEach(key -> saved.put(key, System.getProperty(key)));
        try {
            settings.forEach(System::setProperty);

            assertThat(fetch(TestTls.HOST)).isInstanceOf(Fetched.class);
            assertThat(proxied).hasValue(0);
        } finally {
            saved.forEach((key, value) -> {
                if (value == null) {
                    System.clearProperty(key);
                } else {
                    System.setProperty(key, value);
                }
            });
            proxy.close();
            acceptor.join();
        }
    }
}
