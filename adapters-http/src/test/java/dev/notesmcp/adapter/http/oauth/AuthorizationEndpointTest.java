package dev.notesmcp.adapter.http.oauth;

import dev.notesmcp.adapter.http.common.HttpSettings;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.SignInOption;
import dev.notesmcp.domain.token.Scopes;
import io.helidon.http.HeaderNames;
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

/** {@code GET /authorize} on the authorization flow's own routing: the consent page and its refusals. */
@RoutingTest
class AuthorizationEndpointTest {

    /** A client picks its own name: the page must show it as text, never as markup. */
    private static final String HOSTILE_NAME = "<script>alert(1)</script>\" onmouseover=\"x";
    private static final String HOSTILE_PROVIDER = "<b>Okta</b>";
    private static final String CHOOSER = "Choosing App";

    private final DirectClient client;

    AuthorizationEndpointTest(DirectClient client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        StartAuthorizationUseCase start = command -> new StartAuthorizationUseCase.AskConsent("pending-1",
                "csrf-1", command.clientId().orElse(HOSTILE_NAME), "app.example", Scopes.all(),
                command.clientId().filter(id -> id.startsWith("https://")).map(id -> "claude.ai"),
                command.clientId().filter(CHOOSER::equals).isPresent()
                        ? List.of(new SignInOption("github", "GitHub"), new SignInOption("oidc", HOSTILE_PROVIDER))
                        : List.of(new SignInOption("dev", "the dev login")));
        AuthorizationFlow.endpoints(HttpSettings.of(URI.create("https://notes.example"), List.of()), start,
                command -> new StartAuthorizationUseCase.ShowError("unused"),
                command -> new StartAuthorizationUseCase.ShowError("unused"), new byte[32]).forEach(routing::register);
    }

    @Test
    void theConsentPageCarriesTheFormTheBrowserPostsAndTheFramingHeaders() {
        try (Http1ClientResponse response = client.get(AuthorizationEndpoint.AUTHORIZE)
                .queryParam("client_id", "Notes App").request()) {
            assertThat(response.status()).isEqualTo(Status.OK_200);
            String page = response.as(String.class);
            assertThat(page).contains("<title>Allow access · notes-mcp</title>", "Allow access to your notes?",
                    "<strong>Notes App</strong>", "action=\"https://notes.example/authorize/consent\"",
                    "name=\"request_id\" value=\"pending-1\"", "name=\"csrf_token\" value=\"csrf-1\"",
                    "name=\"decision\" value=\"approve\"", "name=\"decision\" value=\"deny\"", "notes:read",
                    "notes:write");
            assertThat(response.headers().first(HeaderNames.create("X-Frame-Options"))).hasValue("DENY");
            assertThat(response.headers().first(HeaderNames.create("Content-Security-Policy"))).get().asString()
                    .contains("frame-ancestors 'none'").contains("default-src 'none'");
            assertThat(response.headers().first(HeaderNames.CACHE_CONTROL)).hasValue("no-store");
            // same-origin, so browsers without Fetch Metadata send our real Origin with the decision
            assertThat(response.headers().first(HeaderNames.create("Referrer-Policy"))).hasValue("same-origin");
            assertThat(response.headers().first(HeaderNames.SET_COOKIE)).get().asString()
                    .startsWith("__Host-notes_mcp_consent_pending-1=").contains("SameSite=Strict");
        }
    }

    @Test
    void withSeveralProvidersTheApproveFormHasOneContinueButtonEachAndStillADenyButton() {
        try (Http1ClientResponse response = client.get(AuthorizationEndpoint.AUTHORIZE)
                .queryParam("client_id", CHOOSER).request()) {
            String page = response.as(String.class);
            assertThat(page).contains(
                    "<button type=\"submit\" name=\"provider\" value=\"github\">Continue with GitHub</button>",
                    "<button type=\"submit\" name=\"provider\" value=\"oidc\">Continue with &lt;b&gt;Okta&lt;/b&gt;</button>",
                    "name=\"decision\" value=\"deny\"")
                    .doesNotContain("value=\"approve\"").doesNotContain("<b>Okta");
            assertThat(page.indexOf("value=\"github\"")).isLessThan(page.indexOf("value=\"oidc\""));
        }
    }

    @Test
    void withOneProviderThereIsASingleAllowButtonAndNoChooser() {
        try (Http1ClientResponse response = client.get(AuthorizationEndpoint.AUTHORIZE)
                .queryParam("client_id", "Notes App").request()) {
            assertThat(response.as(String.class)).contains("<button type=\"submit\" name=\"decision\" value=\"approve\">Allow</button>")
                    .doesNotContain("name=\"provider\"").doesNotContain("Continue with");
        }
    }

    @Test
    void aRegisteredClientsNameIsMarkedUnverified() {
        try (Http1ClientResponse response = client.get(AuthorizationEndpoint.AUTHORIZE)
                .queryParam("client_id", "Notes App").request()) {
            assertThat(response.as(String.class)).contains("<strong>Notes App</strong>")
                    .contains("unverified: this name is chosen by the").doesNotContain("verified: its metadata");
        }
    }

    @Test
    void aMetadataDocumentClientIsNamedByItsVerifiedHost() {
        try (Http1ClientResponse response = client.get(AuthorizationEndpoint.AUTHORIZE)
                .queryParam("client_id", "https://claude.ai/oauth/client.json").request()) {
            assertThat(response.as(String.class)).contains("<strong>The client at claude.ai</strong>")
                    .contains("verified: its metadata document is served from this host")
                    .doesNotContain("unverified");
        }
    }

    @Test
    void theClientsNameIsEscapedOnThePage() {
        try (Http1ClientResponse response = client.get(AuthorizationEndpoint.AUTHORIZE).request()) {
            String page = response.as(String.class);
            // In text, a quote is harmless; only markup must not survive.
            assertThat(page).doesNotContain("<script>").contains("<strong>&lt;script&gt;alert(1)&lt;/script&gt;");
        }
    }

    @Test
    void aRepeatedParameterIsNamedOnTheErrorPage() {
        try (Http1ClientResponse response = client.get(AuthorizationEndpoint.AUTHORIZE)
                .queryParam("client_id", "a", "b").request()) {
            assertThat(response.status()).isEqualTo(Status.BAD_REQUEST_400);
            assertThat(response.as(String.class)).contains("The request repeats a parameter: [client_id]");
            assertThat(response.headers().first(HeaderNames.create("X-Frame-Options"))).hasValue("DENY");
        }
    }

    /** Helidon already refuses a malformed query before routing; our own check stays as the second line. */
    @Test
    void aBrokenPercentEscapeIsRefused() {
        try (Http1ClientResponse response = client.get(AuthorizationEndpoint.AUTHORIZE)
                .skipUriEncoding(true).queryParam("client_id", "%zz").request()) {
            assertThat(response.status()).isEqualTo(Status.BAD_REQUEST_400);
        }
    }
}
