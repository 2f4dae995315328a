package dev.notesmcp.adapter.devlogin;

import dev.notesmcp.domain.identity.UpstreamSignIn;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** The dev sign-in page on its own routing. */
@RoutingTest
class DevLoginPageTest {

    private static final String CHALLENGE = UpstreamSignIn.start("dev").codeChallenge();

    private final DirectClient client;

    DevLoginPageTest(DirectClient client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        URI publicUrl = URI.create("http://localhost:8080");
        routing.register(new DevLoginPage(new DevIdentityProvider(publicUrl, Clock.systemUTC()), publicUrl,
                URI.create("http://localhost:8080/oauth/dev/callback")));
    }

    @Test
    void theFormCarriesTheStateAndChallengeEscapedAndTheUserNameField() {
        try (Http1ClientResponse response = client.get(DevLoginPage.PATH)
                .queryParam("state", "s1\"><script>").queryParam("code_challenge", CHALLENGE).request()) {
            assertThat(response.status()).isEqualTo(Status.OK_200);
            String page = response.as(String.class);
            assertThat(page).contains("<title>Development sign-in · notes-mcp</title>", "<h1>Development sign-in</h1>",
                    "action=\"http://localhost:8080/oauth/dev/login\"", "name=\"username\"",
                    "name=\"state\" value=\"s1&#34;>&lt;script>\"",
                    "name=\"code_challenge\" value=\"" + CHALLENGE + "\"")
                    .doesNotContain("<script>");
            assertThat(response.headers().first(HeaderNames.create("X-Frame-Options"))).hasValue("DENY");
            assertThat(response.headers().first(HeaderNames.create("Content-Security-Policy"))).get().asString()
                    .contains("frame-ancestors 'none'");
            assertThat(response.headers().first(HeaderNames.CACHE_CONTROL)).hasValue("no-store");
        }
    }

    @Test
    void withoutAStateOrChallengeThePageExplainsWhereToStart() {
        try (Http1ClientResponse response = client.get(DevLoginPage.PATH).queryParam("state", "s").request()) {
            assertThat(response.status()).isEqualTo(Status.BAD_REQUEST_400);
            assertThat(response.as(String.class)).contains("start from your application");
        }
        try (Http1ClientResponse response = client.get(DevLoginPage.PATH)
                .queryParam("code_challenge", CHALLENGE).request()) {
            assertThat(response.status()).isEqualTo(Status.BAD_REQUEST_400);
        }
    }

    @Test
    void signingInReturnsToTheCallbackWithACodeAndTheState() {
        try (Http1ClientResponse response = client.post(DevLoginPage.PATH).followRedirects(false)
                .header(HeaderNames.CONTENT_TYPE, "application/x-www-form-urlencoded")
                .submit("state=s+1&username=alice&code_challenge=" + CHALLENGE)) {
            assertThat(response.status()).isEqualTo(Status.FOUND_302);
            assertThat(response.headers().first(HeaderNames.LOCATION)).get().asString()
                    .startsWith("http://localhost:8080/oauth/dev/callback?code=").endsWith("&state=s+1");
        }
    }

    @Test
    void aBadUserNameIsRefused() {
        try (Http1ClientResponse response = client.post(DevLoginPage.PATH)
                .header(HeaderNames.CONTENT_TYPE, "application/x-www-form-urlencoded")
                .submit("state=s&username=%3Cbad%3E&code_challenge=" + CHALLENGE)) {
            assertThat(response.status()).isEqualTo(Status.BAD_REQUEST_400);
            assertThat(response.as(String.class)).contains("Use 1 to 39 letters").doesNotContain("<bad>");
        }
    }

    @Test
    void aFormWithoutItsChallengeIsRefused() {
        try (Http1ClientResponse response = client.post(DevLoginPage.PATH)
                .header(HeaderNames.CONTENT_TYPE, "application/x-www-form-urlencoded")
                .submit("state=s&username=alice")) {
            assertThat(response.status()).isEqualTo(Status.BAD_REQUEST_400);
        }
    }

    @Test
    void otherMethodsAreNotAllowed() {
        try (Http1ClientResponse response = client.delete(DevLoginPage.PATH).request()) {
            assertThat(response.status()).isEqualTo(Status.METHOD_NOT_ALLOWED_405);
            assertThat(response.headers().first(HeaderNames.ALLOW)).hasValue("GET, POST");
        }
    }
}
