package dev.notesmcp.adapter.http;

import dev.notesmcp.adapter.http.common.HttpSettings;
import dev.notesmcp.adapter.http.mcp.tool.NoteToolCatalog;
import dev.notesmcp.application.port.in.oauth.ExchangeTokenUseCase;
import dev.notesmcp.application.port.in.oauth.RegisterClientUseCase;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase;
import dev.notesmcp.application.port.out.Metrics;
import dev.notesmcp.domain.oauth.OAuthError;
import dev.notesmcp.domain.token.TokenVerification;
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
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server's own routing ({@link WebApplication#routing}) with stand-in use cases: the CORS
 * table sits in front of the real bearer gate and the endpoints, as it does in production.
 */
@RoutingTest
class WebApplicationRoutingTest {

    private static final String ALLOWED = "https://app.example.com";
    private static final String FOREIGN = "https://evil.example";

    private final DirectClient client;

    WebApplicationRoutingTest(DirectClient client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        StartAuthorizationUseCase.Step error = new StartAuthorizationUseCase.ShowError("unused");
        OAuthUseCases oauth = new OAuthUseCases(
                command -> new RegisterClientUseCase.Refused(OAuthError.invalidRequest("unused")),
                command -> error, command -> error, command -> error,
                request -> new ExchangeTokenUseCase.Failed(OAuthError.invalidGrant("unknown")),
                (credentials, token, hint) -> Optional.empty(),
                (endpoint, address) -> Optional.empty());
        WebApplication application = new WebApplication(
                HttpSettings.of(URI.create("https://notes.example"), List.of(ALLOWED)),
                token -> new TokenVerification.Rejected("unknown token"), new NoteToolCatalog(List.of()), oauth,
                List.of(new IdentityProviderPage("/oauth/test/page", rules -> rules.get("/oauth/test/page",
                        (request, response) -> response.send("the test provider's page")))),
                new byte[32], List.of(), "test", Metrics.none());
        application.routing(routing);
    }

    @Test
    void anIdentityProvidersOwnPageIsServed() {
        try (Http1ClientResponse response = client.get("/oauth/test/page").request()) {
            assertThat(response.status()).isEqualTo(Status.OK_200);
            assertThat(response.as(String.class)).isEqualTo("the test provider's page");
        }
    }

    @Test
    void theBearerGatesChallengeCarriesCorsForAnAllowedOriginOnly() {
        try (Http1ClientResponse allowed = mcpWithoutToken(ALLOWED); Http1ClientResponse foreign = mcpWithoutToken(FOREIGN)) {
            assertThat(allowed.status()).isEqualTo(Status.UNAUTHORIZED_401);
            assertThat(allowed.headers().first(HeaderNames.ACCESS_CONTROL_EXPOSE_HEADERS)).get().asString()
                    .contains("WWW-Authenticate");
            assertThat(allowed.headers().first(HeaderNames.WWW_AUTHENTICATE)).isPresent();
            assertThat(foreign.headers().first(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN)).isEmpty();
        }
    }

    @Test
    void theTokenEndpointsPreflightIsAnsweredForAnyOrigin() {
        try (Http1ClientResponse response = client.method(Method.OPTIONS).path("/token")
                .header(HeaderNames.ORIGIN, FOREIGN)
                .header(HeaderNames.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HeaderNames.ACCESS_CONTROL_REQUEST_HEADERS, "authorization, content-type").request()) {
            assertThat(response.status().family()).isEqualTo(Status.Family.SUCCESSFUL);
            assertThat(response.headers().first(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN)).hasValue(FOREIGN);
        }
    }

    @Test
    void everyMetadataPathIsReadableCrossOrigin() {
        for (String path : List.of("/.well-known/oauth-authorization-server", "/.well-known/oauth-protected-resource",
                "/.well-known/oauth-protected-resource/mcp")) {
            try (Http1ClientResponse response = client.get(path).header(HeaderNames.ORIGIN, FOREIGN).request()) {
                assertThat(response.status()).as(path).isEqualTo(Status.OK_200);
                assertThat(response.headers().first(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN)).as(path).hasValue("*");
            }
        }
    }

    @Test
    void aForeignConsentPostIsRefusedOnTheFullRouting() {
        try (Http1ClientResponse response = client.post("/authorize/consent")
                .header(HeaderNames.ORIGIN, FOREIGN)
                .header(HeaderNames.CONTENT_TYPE, "application/x-www-form-urlencoded")
                .submit("request_id=p&csrf_token=t&decision=approve")) {
            assertThat(response.status()).isEqualTo(Status.FORBIDDEN_403);
            assertThat(response.headers().first(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN)).isEmpty();
        }
    }

    private Http1ClientResponse mcpWithoutToken(String origin) {
        return client.post("/mcp").header(HeaderNames.ORIGIN, origin)
                .header(HeaderNames.CONTENT_TYPE, "application/json")
                .header(HeaderNames.ACCEPT, "application/json, text/event-stream")
                .submit("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}");
    }
}
