package dev.notesmcp.adapter.http.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notesmcp.adapter.http.common.HttpSettings;
import dev.notesmcp.adapter.http.common.JsonResponses;
import io.helidon.webserver.WebServer;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorizationServerMetadataEndpointTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final List<WebServer> servers = new ArrayList<>();

    @AfterEach
    void stopServers() {
        servers.forEach(WebServer::stop);
    }

    private URI serve(String publicUrl) {
        return serve(publicUrl, true);
    }

    private URI serve(String publicUrl, boolean clientIdMetadataDocuments) {
        AuthorizationServerMetadataEndpoint endpoint = new AuthorizationServerMetadataEndpoint(
                HttpSettings.of(URI.create(publicUrl), List.of()).withClientIdMetadataDocuments(clientIdMetadataDocuments),
                new JsonResponses(new JacksonMcpJsonMapper(new ObjectMapper())));
        WebServer server = WebServer.builder()
                .port(0)
                .featuresDiscoverServices(false)
                .routing(routing -> routing.register(endpoint))
                .build()
                .start();
        servers.add(server);
        return URI.create("http://localhost:" + server.port());
    }

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void publishesEveryFieldExactly() throws Exception {
        URI base = serve("https://notes.example");

        HttpResponse<String> response = get(base.resolve("/.well-known/oauth-authorization-server"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("""
                {
                  "issuer": "https://notes.example",
                  "authorization_endpoint": "https://notes.example/authorize",
                  "token_endpoint": "https://notes.example/token",
                  "registration_endpoint": "https://notes.example/register",
                  "revocation_endpoint": "https://notes.example/revoke",
                  "scopes_supported": ["notes:read", "notes:write", "offline_access"],
                  "response_types_supported": ["code"],
                  "grant_types_supported": ["authorization_code", "refresh_token"],
                  "code_challenge_methods_supported": ["S256"],
                  "token_endpoint_auth_methods_supported": ["none", "client_secret_post", "client_secret_basic",
                                                            "private_key_jwt"],
                  "token_endpoint_auth_signing_alg_values_supported": ["RS256", "RS384", "RS512", "PS256", "PS384",
                                                                       "PS512", "ES256", "ES384", "ES512"],
                  "revocation_endpoint_auth_methods_supported": ["none", "client_secret_post", "client_secret_basic",
                                                                 "private_key_jwt"],
                  "revocation_endpoint_auth_signing_alg_values_supported": ["RS256", "RS384", "RS512", "PS256",
                                                                            "PS384", "PS512", "ES256", "ES384", "ES512"],
                  "authorization_response_iss_parameter_supported": true,
                  "client_id_metadata_document_supported": true
                }
                """));
    }

    @Test
    void withClientIdMetadataDocumentsOffTheFlagSaysSoAndPrivateKeyJwtIsNotOffered() throws Exception {
        URI base = serve("https://notes.example", false);

        JsonNode metadata = JSON.readTree(get(base.resolve("/.well-known/oauth-authorization-server")).body());

        assertThat(metadata.get("client_id_metadata_document_supported").asBoolean()).isFalse();
        assertThat(metadata.get("token_endpoint_auth_methods_supported").toString()).doesNotContain("private_key_jwt");
        assertThat(metadata.get("revocation_endpoint_auth_methods_supported").toString()).doesNotContain("private_key_jwt");
        assertThat(metadata.has("token_endpoint_auth_signing_alg_values_supported")).isFalse();
        assertThat(metadata.has("revocation_endpoint_auth_signing_alg_values_supported")).isFalse();
    }

    @Test
    void withAPathPrefixTheIssuerKeepsItAndThePathAwareUrlServesTheSameDocument() throws Exception {
        URI base = serve("https://example.com/notes");

        HttpResponse<String> pathAware = get(base.resolve("/.well-known/oauth-authorization-server/notes"));
        HttpResponse<String> bare = get(base.resolve("/.well-known/oauth-authorization-server"));

        assertThat(pathAware.statusCode()).isEqualTo(200);
        assertThat(bare.statusCode()).isEqualTo(200);
        JsonNode metadata = JSON.readTree(pathAware.body());
        assertThat(JSON.readTree(bare.body())).isEqualTo(metadata);
        assertThat(metadata.get("issuer").asText()).isEqualTo("https://example.com/notes");
        assertThat(metadata.get("authorization_endpoint").asText()).isEqualTo("https://example.com/notes/authorize");
        assertThat(metadata.get("token_endpoint").asText()).isEqualTo("https://example.com/notes/token");
        assertThat(metadata.get("registration_endpoint").asText()).isEqualTo("https://example.com/notes/register");
        assertThat(metadata.get("revocation_endpoint").asText()).isEqualTo("https://example.com/notes/revoke");
    }

    @Test
    void withoutAPathPrefixNoSuffixedUrlIsServed() throws Exception {
        URI base = serve("http://localhost:10000");

        assertThat(get(base.resolve("/.well-known/oauth-authorization-server/notes")).statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(get(base.resolve("/.well-known/oauth-authorization-server")).body())
                .get("issuer").asText()).isEqualTo("http://localhost:10000");
    }

    /**
     * RFC 8414 §3.3: the issuer must be identical to the one the metadata URL was built from, which
     * is the URL's origin followed by what comes after the well-known segment (RFC 8414 §3.1).
     */
    @Test
    void theIssuerIsByteIdenticalToTheBaseOfItsMetadataUrl() throws Exception {
        for (String publicUrl : List.of("https://notes.example", "https://example.com/notes",
                "https://example.com:8443/a/b", "http://localhost:10000")) {
            URI base = serve(publicUrl);
            URI published = URI.create(publicUrl);
            String origin = published.getScheme() + "://" + published.getRawAuthority();
            String path = published.getRawPath();

            JsonNode metadata = JSON.readTree(get(base.resolve(
                    "/.well-known/oauth-authorization-server" + path)).body());

            assertThat(metadata.get("issuer").asText()).as(publicUrl).isEqualTo(origin + path);
        }
    }
}
