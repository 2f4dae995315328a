package dev.notesmcp.adapter.http.health;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notesmcp.adapter.http.common.JsonResponses;
import dev.notesmcp.application.port.out.HealthIndicator;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /health} on its own routing. */
@RoutingTest
class HealthServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicBoolean TOKENS_UP = new AtomicBoolean(true);

    private final DirectClient client;

    HealthServiceTest(DirectClient client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        routing.register(new HealthService(List.of(HealthIndicator.of("notes", "memory", () -> true),
                HealthIndicator.of("tokens", "redis", TOKENS_UP::get)), new JsonResponses(new JacksonMcpJsonMapper(JSON))));
    }

    @Test
    void everyStoreUpIs200AndADownStoreIs503NamingIt() throws Exception {
        TOKENS_UP.set(true);
        try (Http1ClientResponse response = client.get("/health").request()) {
            assertThat(response.status()).isEqualTo(Status.OK_200);
            assertThat(response.headers().first(HeaderNames.CACHE_CONTROL)).hasValue("no-store");
            assertThat(JSON.readTree(response.as(String.class)).get("status").asText()).isEqualTo("ok");
        }
        TOKENS_UP.set(false);
        try (Http1ClientResponse response = client.get("/health").request()) {
            assertThat(response.status()).isEqualTo(Status.SERVICE_UNAVAILABLE_503);
            JsonNode body = JSON.readTree(response.as(String.class));
            assertThat(body.get("status").asText()).isEqualTo("unavailable");
            assertThat(body.at("/stores/tokens/status").asText()).isEqualTo("down");
            assertThat(body.at("/stores/notes/status").asText()).isEqualTo("up");
        } finally {
            TOKENS_UP.set(true);
        }
    }

    @Test
    void otherMethodsAre405NamingGet() throws Exception {
        for (Method method : List.of(Method.POST, Method.DELETE, Method.PUT, Method.HEAD)) {
            try (Http1ClientResponse response = client.method(method).path("/health").request()) {
                assertThat(response.status()).isEqualTo(Status.METHOD_NOT_ALLOWED_405);
                assertThat(response.headers().first(HeaderNames.ALLOW)).hasValue("GET");
                if (method != Method.HEAD) {
                    assertThat(JSON.readTree(response.as(String.class)).get("error").asText()).isEqualTo("method_not_allowed");
                }
            }
        }
    }
}
