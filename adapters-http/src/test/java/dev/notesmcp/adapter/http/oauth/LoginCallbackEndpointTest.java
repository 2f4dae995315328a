package dev.notesmcp.adapter.http.oauth;

import dev.notesmcp.adapter.http.common.HttpSettings;
import dev.notesmcp.application.port.in.oauth.CompleteLoginUseCase;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase;
import dev.notesmcp.domain.identity.UserId;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /oauth/{provider}/callback} on the authorization flow's own routing. */
@RoutingTest
class LoginCallbackEndpointTest {

    private static final String CALLBACK = AuthorizationEndpoint.callbackPath("dev");
    private static final List<CompleteLoginUseCase.Command> COMPLETED = new CopyOnWriteArrayList<>();

    private final DirectClient client;

    LoginCallbackEndpointTest(DirectClient client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        CompleteLoginUseCase complete = command -> {
            COMPLETED.add(command);
            return new StartAuthorizationUseCase.RedirectToClient(URI.create("https://app.example/cb?code=c"),
                    Optional.of(new UserId("dev:ada")));
        };
        AuthorizationFlow.endpoints(HttpSettings.of(URI.create("https://notes.example"), List.of()),
                command -> new StartAuthorizationUseCase.ShowError("unused"),
                command -> new StartAuthorizationUseCase.ShowError("unused"), complete, new byte[32])
                .forEach(routing::register);
    }

    @BeforeEach
    void forget() {
        COMPLETED.clear();
    }

    @Test
    void theUpstreamAnswerIsHandedOnAndTheBrowserSentToTheClientRemembered() {
        try (Http1ClientResponse response = client.get(CALLBACK).followRedirects(false)
                .queryParam("state", "s 1").queryParam("code", "c1").request()) {
            assertThat(response.status()).isEqualTo(Status.FOUND_302);
            assertThat(response.headers().first(HeaderNames.LOCATION)).hasValue("https://app.example/cb?code=c");
            assertThat(response.headers().values(HeaderNames.SET_COOKIE)).anyMatch(c -> c.contains("notes_mcp_user="));
        }
        assertThat(COMPLETED).singleElement().satisfies(command -> {
            assertThat(command.provider()).isEqualTo("dev");
            assertThat(command.state()).hasValue("s 1");
            assertThat(command.code()).hasValue("c1");
            assertThat(command.browserState()).isEmpty();
        });
    }

    @Test
    void oneRouteServesEveryProviderAndHandsOnWhichOneThePathNames() {
        for (String provider : List.of("github", "google", "my-okta")) {
            try (Http1ClientResponse response = client.get(AuthorizationEndpoint.callbackPath(provider))
                    .followRedirects(false).queryParam("state", "s").request()) {
                assertThat(response.status()).isEqualTo(Status.FOUND_302);
            }
        }
        assertThat(COMPLETED).extracting(CompleteLoginUseCase.Command::provider)
                .containsExactly("github", "google", "my-okta");
    }

    @Test
    void theCallbackAnswersGetOnly() {
        try (Http1ClientResponse response = client.post(AuthorizationEndpoint.callbackPath("github")).request()) {
            assertThat(response.status()).isEqualTo(Status.METHOD_NOT_ALLOWED_405);
            assertThat(response.headers().first(HeaderNames.ALLOW)).hasValue("GET");
        }
        assertThat(COMPLETED).isEmpty();
    }

    @Test
    void aRepeatedParameterIsRefusedBeforeTheUseCaseIsAsked() {
        try (Http1ClientResponse response = client.get(CALLBACK).queryParam("state", "a", "b").request()) {
            assertThat(response.status()).isEqualTo(Status.BAD_REQUEST_400);
            assertThat(response.as(String.class)).contains("parameters must not repeat: [state]");
        }
        assertThat(COMPLETED).isEmpty();
    }
}
