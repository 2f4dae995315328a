package dev.notesmcp.adapter.http.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notesmcp.adapter.http.common.HttpSettings;
import dev.notesmcp.adapter.http.common.JsonResponses;
import dev.notesmcp.domain.token.SigningKey;
import io.helidon.webserver.WebServer;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JwksEndpointTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");
    private static final JsonResponses RESPONSES = new JsonResponses(new JacksonMcpJsonMapper(new ObjectMapper()));

    private final List<WebServer> servers = new ArrayList<>();

    @AfterEach
    void stop() {
        servers.forEach(WebServer::stop);
    }

    private URI serve(io.helidon.webserver.http.HttpService service) {
        WebServer server = WebServer.builder().port(0).featuresDiscoverServices(false)
                .routing(routing -> routing.register(service)).build().start();
        servers.add(server);
        return URI.create("http://localhost:" + server.port());
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static ECPublicKey newPublicKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return (ECPublicKey) generator.generateKeyPair().getPublic();
    }

    private static BigInteger unsigned(String base64url) {
        byte[] bytes = Base64.getUrlDecoder().decode(base64url);
        assertThat(bytes).hasSize(32);
        return new BigInteger(1, bytes);
    }

    @Test
    void everyPublishedKeyIsAnEs256JwkWithItsKidAndExactCoordinates() throws Exception {
        List<ECPublicKey> publicKeys = new ArrayList<>();
        for (int i = 0; i < 8; i++) { // several, so some coordinate has a leading zero byte or a sign byte
            publicKeys.add(newPublicKey());
        }
        List<SigningKey> keys = new ArrayList<>();
        for (int i = 0; i < publicKeys.size(); i++) {
            keys.add(SigningKey.created("kid-" + i, T0, T0, publicKeys.get(i).getEncoded(), new byte[]{1}));
        }
        URI base = serve(new JwksEndpoint(() -> keys, RESPONSES));

        HttpResponse<String> response = get(base.resolve(JwksEndpoint.PATH));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=15");
        JsonNode set = JSON.readTree(response.body()).get("keys");
        assertThat(set).hasSize(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            JsonNode jwk = set.get(i);
            assertThat(jwk.get("kty").asText()).isEqualTo("EC");
            assertThat(jwk.get("crv").asText()).isEqualTo("P-256");
            assertThat(jwk.get("alg").asText()).isEqualTo("ES256");
            assertThat(jwk.get("use").asText()).isEqualTo("sig");
            assertThat(jwk.get("kid").asText()).isEqualTo("kid-" + i);
            assertThat(unsigned(jwk.get("x").asText())).isEqualTo(publicKeys.get(i).getW().getAffineX());
            assertThat(unsigned(jwk.get("y").asText())).isEqualTo(publicKeys.get(i).getW().getAffineY());
            assertThat(jwk.has("d")).as("never a private part").isFalse();
        }
    }

    @Test
    void theMetadataNamesTheKeySetOnlyWhenThereIsOne() throws Exception {
        HttpSettings settings = HttpSettings.of(URI.create("https://notes.example"), List.of());
        URI withKeys = serve(new AuthorizationServerMetadataEndpoint(settings, RESPONSES, true));
        URI without = serve(new AuthorizationServerMetadataEndpoint(settings, RESPONSES, false));

        assertThat(JSON.readTree(get(withKeys.resolve(AuthorizationServerMetadataEndpoint.WELL_KNOWN)).body())
                .get("jwks_uri").asText()).isEqualTo("https://notes.example/.well-known/jwks.json");
        assertThat(JSON.readTree(get(without.resolve(AuthorizationServerMetadataEndpoint.WELL_KNOWN)).body())
                .has("jwks_uri")).isFalse();
    }
}
