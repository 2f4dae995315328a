package dev.notesmcp.adapter.http.devlogin;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/** The dev sign-in page on its own routing. */
@RoutingTest
class DevLoginEndpointTest {

    private final DirectClient client;

    DevLoginEndpointTest(DirectClient client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        routing.register(new DevLoginEndpoint(new DevIdentityProvider(URI.create("http://localhost:8080")),
                URI.create("http://localhost:8080")));
    }

    @Test
    void theFormCarriesTheStateEscapedAndTheUserNameField() {
        try (Http1ClientResponse response = client.get(DevLoginEndpoint.PATH)
                .queryParam("state", "s1\"><script>").request()) {
            assertThat(response.status()).isEqualTo(Status.OK_200);
            String page = response.as(String.class);
            assertThat(page).contains("<title>Development sign-in · notes-mcp</title>", "<h1>Development sign-in</h1>",
                    "action=\"http://localhost:8080/oauth/dev/login\"", "name=\"username\"",
                    "name=\"state\" value=\"s1&#34;>&lt;script>\"")
                    .doesNotContain("<script>");
            assertThat(response.headers().first(HeaderNames.create("X-Frame-Options"))).hasValue("DENY");
        }
    }

    @Test
    void withoutAStateThePageExplainsWhereToStart() {
        try (Http1ClientResponse response = client.get(DevLoginEndpoint.PATH).request()) {
            assertThat(response.status()).isEqualTo(Status.BAD_REQUEST_400);
            assertThat(response.as(String.class)).contains("needs a state");
        }
    }

    @Test
    void signingInReturnsToTheCallbackWithACodeAndTheState() {
        try (Http1ClientResponse response = client.post(DevLoginEndpoint.PATH).followRedirects(false)
                .header(HeaderNames.CONTENT_TYPE, "application/x-www-form-urlencoded")
                .submit("state=s+1&username=alice")) {
            assertThat(response.status()).isEqualTo(Status.FOUND_302);
            assertThat(response.headers().first(HeaderNames.LOCATION)).get().asString()
                    .startsWith("http://localhost:8080/oauth/dev/callback?code=").endsWith("&state=s+1");
        }
    }

    @Test
    void aBadUserNameIsRefused() {
        try (Http1ClientResponse response = client.post(DevLoginEndpoint.PATH)
                .header(HeaderNames.CONTENT_TYPE, "application/x-www-form-urlencoded")
                .submit("state=s&username=%3Cbad%3E")) {
            assertThat(response.status()).isEqualTo(Status.BAD_REQUEST_400);
            assertThat(response.as(String.class)).contains("Use 1 to 39 letters");
        }
    }
}
