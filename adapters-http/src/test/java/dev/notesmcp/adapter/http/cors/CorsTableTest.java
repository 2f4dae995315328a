package dev.notesmcp.adapter.http.cors;

import dev.notesmcp.adapter.http.common.HttpSettings;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CORS table on a routing shaped like the server's: the table first, then stand-in endpoints
 * (a 401 on {@code /mcp} like the bearer gate's, a 403 from the endpoint for a refused origin).
 */
@RoutingTest
class CorsTableTest {

    private static final String ALLOWED = "https://app.example.com";
    private static final String FOREIGN = "https://evil.example";

    private final DirectClient client;

    CorsTableTest(DirectClient client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        HttpSettings settings = HttpSettings.of(URI.create("https://notes.example"), List.of(ALLOWED));
        CorsTable table = new CorsTable(settings, List.of("/.well-known/oauth-authorization-server"));
        // In WebApplication's order: /mcp's row and endpoint first, then the OAuth rows and theirs.
        table.mcpRouting(routing);
        routing.post("/mcp", (request, response) -> response.status(request.headers().contains(HeaderNames.ORIGIN)
                        && request.headers().get(HeaderNames.ORIGIN).get().equals(FOREIGN)
                        ? Status.FORBIDDEN_403 : Status.UNAUTHORIZED_401)
                        .header(HeaderNames.WWW_AUTHENTICATE, "Bearer").send());
        table.oauthRouting(routing);
        routing.post("/token", (request, response) -> response.send("{}"))
                .post("/register", (request, response) -> response.send("{}"))
                .get("/.well-known/oauth-authorization-server", (request, response) -> response.send("{}"));
    }

    @Test
    void theGatesChallengeIsReadableByAnAllowedOrigin() {
        try (Http1ClientResponse response = client.post("/mcp").header(HeaderNames.ORIGIN, ALLOWED).request()) {
            assertThat(response.status()).isEqualTo(Status.UNAUTHORIZED_401);
            assertThat(response.headers().first(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN)).isPresent();
            assertThat(response.headers().first(HeaderNames.ACCESS_CONTROL_EXPOSE_HEADERS)).get().asString()
                    .contains("WWW-Authenticate");
            assertThat(response.headers().first(HeaderNames.ACCESS_CONTROL_ALLOW_CREDENTIALS)).isEmpty();
        }
    }

    @Test
    void aForeignOriginOnMcpGetsNoCorsHeadersAndReachesTheEndpoint() {
        try (Http1ClientResponse response = client.post("/mcp").header(HeaderNames.ORIGIN, FOREIGN).request()) {
            assertThat(response.status()).isEqualTo(Status.FORBIDDEN_403);
            assertThat(response.headers().first(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN)).isEmpty();
        }
    }

    @Test
    void anAllowedOriginsMcpPreflightIsAnswered() {
        try (Http1ClientResponse response = preflight("/mcp", ALLOWED, "POST", "authorization, mcp-protocol-version")) {
            assertThat(response.status().family()).isEqualTo(Status.Family.SUCCESSFUL);
            assertThat(response.headers().first(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN)).hasValue(ALLOWED);
            assertThat(response.headers().first(HeaderNames.ACCESS_CONTROL_ALLOW_HEADERS)).get().asString()
                    .containsIgnoringCase("Authorization").containsIgnoringCase("MCP-Protocol-Version");
            assertThat(response.headers().first(HeaderNames.ACCESS_CONTROL_MAX_AGE)).hasValue("600");
        }
    }

    @Test
    void aPreflightFor20260728sRequestHeadersIsAnswered() {
        try (Http1ClientResponse response = preflight("/mcp", ALLOWED, "POST",
                "authorization, content-type, mcp-protocol-version, mcp-method, mcp-name")) {
            assertThat(response.status().family()).isEqualTo(Status.Family.SUCCESSFUL);
            assertThat(response.headers().first(HeaderNames.ACCESS_CONTROL_ALLOW_HEADERS)).get().asString()
                    .containsIgnoringCase("Mcp-Method").containsIgnoringCase("Mcp-Name");
        }
    }

    @Test
    void aForeignOriginsMcpPreflightIsNotAllowed() {
        try (Http1ClientResponse response = preflight("/mcp", FOREIGN, "POST", "authorization")) {
            assertThat(response.headers().first(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN)).isEmpty();
        }
    }

    @Test
    void theOAuthEndpointsAreOpenToAnyOriginWithoutCredentials() {
        for (String path : List.of("/token", "/register")) {
            try (Http1ClientResponse preflight = preflight(path, FOREIGN, "POST", "content-type, mcp-protocol-version")) {
                assertThat(preflight.status().family()).as(path).isEqualTo(Status.Family.SUCCESSFUL);
                assertThat(preflight.headers().first(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN)).as(path).hasValue(FOREIGN);
                assertThat(preflight.headers().first(HeaderNames.ACCESS_CONTROL_ALLOW_METHODS)).as(path).hasValue("POST");
                assertThat(preflight.headers().first(HeaderNames.ACCESS_CONTROL_ALLOW_CREDENTIALS)).as(path).isEmpty();
            }
            try (Http1ClientResponse response = client.post(path).header(HeaderNames.ORIGIN, FOREIGN).request()) {
                assertThat(response.headers().first(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN)).as(path).hasValue("*");
            }
        }
    }

    @Test
    void theMetadataIsReadableFromAnyOriginAndItsPreflightAllowsTheMcpHeader() {
        String path = "/.well-known/oauth-authorization-server";
        try (Http1ClientResponse response = client.get(path).header(HeaderNames.ORIGIN, FOREIGN).request()) {
            assertThat(response.headers().first(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN)).hasValue("*");
        }
        try (Http1ClientResponse preflight = preflight(path, FOREIGN, "GET", "mcp-protocol-version")) {
            assertThat(preflight.status().family()).isEqualTo(Status.Family.SUCCESSFUL);
            assertThat(preflight.headers().first(HeaderNames.ACCESS_CONTROL_ALLOW_HEADERS)).get().asString()
                    .containsIgnoringCase("MCP-Protocol-Version");
        }
    }

    @Test
    void aPreflightAskingForAHeaderOutsideTheTableIsRefused() {
        try (Http1ClientResponse response = preflight("/token", FOREIGN, "POST", "x-custom")) {
            assertThat(response.status()).isEqualTo(Status.FORBIDDEN_403);
            assertThat(response.headers().first(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN)).isEmpty();
        }
    }

    private Http1ClientResponse preflight(String path, String origin, String method, String headers) {
        return client.method(Method.OPTIONS).path(path)
                .header(HeaderNames.ORIGIN, origin)
                .header(HeaderNames.ACCESS_CONTROL_REQUEST_METHOD, method)
                .header(HeaderNames.ACCESS_CONTROL_REQUEST_HEADERS, headers)
                .request();
    }
}
