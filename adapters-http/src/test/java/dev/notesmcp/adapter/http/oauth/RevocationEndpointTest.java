package dev.notesmcp.adapter.http.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notesmcp.adapter.http.common.JsonResponses;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /revoke} on its own routing. */
@RoutingTest
class RevocationEndpointTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> REVOKED = new CopyOnWriteArrayList<>();

    private final DirectClient client;

    RevocationEndpointTest(DirectClient client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        routing.register(new RevocationEndpoint((credentials, token, hint) -> {
            REVOKED.add(token);
            return Optional.empty();
        }, new JsonResponses(new JacksonMcpJsonMapper(JSON))));
    }

    @BeforeEach
    void forget() {
        REVOKED.clear();
    }

    @Test
    void basicCredentialsWithABrokenPercentEscapeAreAnInvalidClientNotAServerError() throws Exception {
        String basic = Base64.getEncoder().encodeToString("%zz:secret".getBytes(StandardCharsets.UTF_8));

        try (Http1ClientResponse response = post("token=t", "Basic " + basic)) {
            assertThat(response.status()).isEqualTo(Status.UNAUTHORIZED_401);
            JsonNode body = JSON.readTree(response.as(String.class));
            assertThat(body.get("error").asText()).isEqualTo("invalid_client");
            assertThat(body.get("error_description").asText()).doesNotContain("URLDecoder").doesNotContain("hex");
        }
        assertThat(REVOKED).isEmpty();
    }

    @Test
    void aMissingTokenIsAnInvalidRequest() throws Exception {
        try (Http1ClientResponse response = post("client_id=c&token=", null)) {
            assertThat(response.status()).isEqualTo(Status.BAD_REQUEST_400);
            assertThat(JSON.readTree(response.as(String.class)).get("error_description").asText())
                    .isEqualTo("token is required");
        }
    }

    @Test
    void aTokenIsRevokedWithAnEmpty200() {
        try (Http1ClientResponse response = post("client_id=c&token=t%2B1", null)) {
            assertThat(response.status()).isEqualTo(Status.OK_200);
            assertThat(response.headers().first(HeaderNames.CACHE_CONTROL)).hasValue("no-store");
        }
        assertThat(REVOKED).containsExactly("t+1");
    }

    private Http1ClientResponse post(String body, String authorization) {
        var request = client.post(RevocationEndpoint.PATH)
                .header(HeaderNames.CONTENT_TYPE, "application/x-www-form-urlencoded");
        if (authorization != null) {
            request.header(HeaderNames.AUTHORIZATION, authorization);
        }
        return request.submit(body);
    }
}
