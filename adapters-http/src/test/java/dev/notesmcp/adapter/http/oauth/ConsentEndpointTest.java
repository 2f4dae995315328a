package dev.notesmcp.adapter.http.oauth;

import dev.notesmcp.adapter.http.common.HttpSettings;
import dev.notesmcp.application.port.in.oauth.DecideConsentUseCase;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase;
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
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /authorize/consent} on the authorization flow's own routing. */
@RoutingTest
class ConsentEndpointTest {

    private static final String FORM = "request_id=p1&csrf_token=t1&decision=approve";
    private static final List<DecideConsentUseCase.Command> DECISIONS = new CopyOnWriteArrayList<>();

    private final DirectClient client;

    ConsentEndpointTest(DirectClient client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        DecideConsentUseCase decide = command -> {
            DECISIONS.add(command);
            return new StartAuthorizationUseCase.RedirectToClient(URI.create("https://app.example/cb?code=c"));
        };
        AuthorizationFlow.endpoints(HttpSettings.of(URI.create("https://notes.example"), List.of()),
                command -> new StartAuthorizationUseCase.ShowError("unused"), decide,
                command -> new StartAuthorizationUseCase.ShowError("unused"), new byte[32]).forEach(routing::register);
    }

    @BeforeEach
    void forget() {
        DECISIONS.clear();
    }

    @Test
    void aForeignOriginIsRefusedEvenWithoutFetchMetadata() {
        for (String origin : List.of("https://evil.example", "null", "https://notes.example.evil.example")) {
            try (Http1ClientResponse response = post(Map.of("Origin", origin))) {
                assertThat(response.status()).as(origin).isEqualTo(Status.FORBIDDEN_403);
                assertThat(response.as(String.class)).contains("not sent from our consent page");
                assertThat(response.headers().first(HeaderNames.create("X-Frame-Options"))).hasValue("DENY");
            }
        }
        assertThat(DECISIONS).isEmpty();
    }

    @Test
    void aCrossSiteFetchIsRefused() {
        try (Http1ClientResponse response = post(Map.of("Sec-Fetch-Site", "cross-site", "Origin", "https://notes.example"))) {
            assertThat(response.status()).isEqualTo(Status.FORBIDDEN_403);
        }
        assertThat(DECISIONS).isEmpty();
    }

    /** Under a no-referrer policy a browser sends {@code Origin: null} even from our own page; Fetch Metadata decides. */
    @Test
    void ourOwnOriginOrNoOriginOrASameOriginFetchReachesTheDecision() {
        for (Map<String, String> headers : List.of(Map.of("Origin", "https://notes.example", "Sec-Fetch-Site",
                "same-origin"), Map.of("Origin", "null", "Sec-Fetch-Site", "same-origin"),
                Map.of("Origin", "https://NOTES.example"), Map.<String, String>of())) {
            try (Http1ClientResponse response = post(headers)) {
                assertThat(response.status()).as(headers.toString()).isEqualTo(Status.FOUND_302);
            }
        }
        assertThat(DECISIONS).hasSize(4).allSatisfy(command -> {
            assertThat(command.approved()).isTrue();
            assertThat(command.provider()).isEmpty();
        });
    }

    @Test
    void aContinueButtonApprovesWithItsProviderAndDenyCarriesNone() {
        try (Http1ClientResponse response = submit("request_id=p1&csrf_token=t1&provider=github")) {
            assertThat(response.status()).isEqualTo(Status.FOUND_302);
        }
        try (Http1ClientResponse response = submit("request_id=p2&csrf_token=t2&decision=deny")) {
            assertThat(response.status()).isEqualTo(Status.FOUND_302);
        }
        assertThat(DECISIONS).hasSize(2);
        assertThat(DECISIONS.get(0).approved()).isTrue();
        assertThat(DECISIONS.get(0).provider()).contains("github");
        assertThat(DECISIONS.get(1).approved()).isFalse();
        assertThat(DECISIONS.get(1).provider()).isEmpty();
    }

    @Test
    void aFormPressingTwoButtonsAtOnceIsNoDecision() {
        for (String form : List.of("request_id=p1&csrf_token=t1&provider=github&decision=deny",
                "request_id=p1&csrf_token=t1&provider=github&decision=approve",
                "request_id=p1&csrf_token=t1&provider=github&provider=dev")) {
            try (Http1ClientResponse response = submit(form)) {
                assertThat(response.status()).as(form).isEqualTo(Status.BAD_REQUEST_400);
            }
        }
        assertThat(DECISIONS).isEmpty();
    }

    private Http1ClientResponse submit(String form) {
        return client.post(ConsentEndpoint.PATH).followRedirects(false)
                .header(HeaderNames.CONTENT_TYPE, "application/x-www-form-urlencoded").submit(form);
    }

    @Test
    void anIncompleteOrUnreadableFormIsA400Page() {
        for (String form : List.of("request_id=p1&csrf_token=t1&decision=maybe", "request_id=p1&decision=deny",
                "request_id=p1&request_id=p2&csrf_token=t1&decision=deny", "request_id=%zz&csrf_token=t&decision=deny")) {
            try (Http1ClientResponse response = client.post(ConsentEndpoint.PATH)
                    .header(HeaderNames.CONTENT_TYPE, "application/x-www-form-urlencoded").submit(form)) {
                assertThat(response.status()).as(form).isEqualTo(Status.BAD_REQUEST_400);
                assertThat(response.headers().first(HeaderNames.CONTENT_TYPE)).get().asString().startsWith("text/html");
            }
        }
        assertThat(DECISIONS).isEmpty();
    }

    private Http1ClientResponse post(Map<String, String> headers) {
        var request = client.post(ConsentEndpoint.PATH).followRedirects(false)
                .header(HeaderNames.CONTENT_TYPE, "application/x-www-form-urlencoded");
        headers.forEach((name, value) -> request.header(HeaderNames.create(name), value));
        return request.submit(FORM);
    }
}
