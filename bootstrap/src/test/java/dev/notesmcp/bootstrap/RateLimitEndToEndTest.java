package dev.notesmcp.bootstrap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The OAuth endpoints answer 429 with Retry-After once an address has used its permits. */
class RateLimitEndToEndTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(Map.of("RATE_LIMITS", "register=3,token=2"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void registrationIsLimitedPerAddress() {
        String body = "{\"redirect_uris\":[\"http://127.0.0.1/cb\"],\"token_endpoint_auth_method\":\"none\"}";
        for (int i = 0; i < 3; i++) {
            assertThat(RawHttp.post(server.baseUrl() + "/register", body, Map.of("Content-Type", "application/json"))
                    .statusCode()).isEqualTo(201);
        }

        HttpResponse<String> limited = RawHttp.post(server.baseUrl() + "/register", body,
                Map.of("Content-Type", "application/json"));

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(limited.body()).contains("temporarily_unavailable");
    }

    @Test
    void theTokenEndpointHasItsOwnBudget() {
        Map<String, String> form = Map.of("Content-Type", "application/x-www-form-urlencoded");
        for (int i = 0; i < 2; i++) {
            assertThat(RawHttp.post(server.baseUrl() + "/token", "grant_type=refresh_token&refresh_token=x&client_id=y",
                    form).statusCode()).isNotEqualTo(429);
        }

        assertThat(RawHttp.post(server.baseUrl() + "/token", "grant_type=refresh_token&refresh_token=x&client_id=y",
                form).statusCode()).isEqualTo(429);
        // Other endpoints and the resource server are not affected.
        assertThat(RawHttp.get(server.baseUrl() + "/health").statusCode()).isEqualTo(200);
    }
}
