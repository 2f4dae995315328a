package dev.notesmcp.adapter.http.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notesmcp.adapter.http.common.HttpSettings;
import dev.notesmcp.adapter.http.common.JsonResponses;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 9728 metadata on its own routing, with a path prefix as behind a proxy. */
@RoutingTest
class ProtectedResourceMetadataServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ProtectedResourceMetadataService SERVICE = new ProtectedResourceMetadataService(
            HttpSettings.of(URI.create("https://example.com/notes"), List.of()),
            new JsonResponses(new JacksonMcpJsonMapper(JSON)));

    private final DirectClient client;

    ProtectedResourceMetadataServiceTest(DirectClient client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        routing.register(SERVICE);
    }

    @Test
    void theSameDocumentIsServedAtEveryWellKnownPath() throws Exception {
        assertThat(SERVICE.paths()).containsExactly("/.well-known/oauth-protected-resource",
                "/.well-known/oauth-protected-resource/mcp", "/.well-known/oauth-protected-resource/notes/mcp");
        for (String path : SERVICE.paths()) {
            try (Http1ClientResponse response = client.get(path).request()) {
                assertThat(response.status()).as(path).isEqualTo(Status.OK_200);
                assertThat(response.headers().first(HeaderNames.CACHE_CONTROL)).hasValue("max-age=300");
                JsonNode metadata = JSON.readTree(response.as(String.class));
                assertThat(metadata.get("resource").asText()).isEqualTo("https://example.com/notes/mcp");
                assertThat(metadata.get("authorization_servers").get(0).asText()).isEqualTo("https://example.com/notes");
                assertThat(metadata.get("bearer_methods_supported").get(0).asText()).isEqualTo("header");
            }
        }
    }

    /** The resource's own scopes only: offline_access is no resource requirement (SEP-2207). */
    @Test
    void listsTheResourceScopesAndNeverOfflineAccess() throws Exception {
        try (Http1ClientResponse response = client.get("/.well-known/oauth-protected-resource/notes/mcp").request()) {
            JsonNode scopes = JSON.readTree(response.as(String.class)).get("scopes_supported");
            assertThat(scopes.toString()).isEqualTo("[\"notes:read\",\"notes:write\"]");
        }
    }
}
