package dev.notesmcp.adapter.http.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notesmcp.adapter.http.RecordingMetrics;
import dev.notesmcp.adapter.http.common.JsonResponses;
import dev.notesmcp.application.port.in.oauth.ExchangeTokenUseCase;
import dev.notesmcp.domain.oauth.OAuthError;
import dev.notesmcp.domain.oauth.TokenEndpointAuthMethod;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1ClientRequest;
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
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /token} on its own routing: what is refused before the use case is asked. */
@RoutingTest
class TokenEndpointTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<ExchangeTokenUseCase.Request> EXCHANGES = new CopyOnWriteArrayList<>();
    private static final RecordingMetrics METRICS = new RecordingMetrics();

    private final DirectClient client;

    TokenEndpointTest(DirectClient client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        routing.register(new TokenEndpoint(request -> {
            EXCHANGES.add(request);
            return new ExchangeTokenUseCase.Failed(OAuthError.invalidGrant("unknown code"));
        }, new JsonResponses(new JacksonMcpJsonMapper(JSON)), METRICS));
    }

    @BeforeEach
    void forget() {
        EXCHANGES.clear();
    }

    @Test
    void basicCredentialsWithABrokenPercentEscapeAreAnInvalidClientNotAServerError() throws Exception {
        String basic = Base64.getEncoder().encodeToString("%zz:secret".getBytes(StandardCharsets.UTF_8));

        try (Http1ClientResponse response = form()
                .header(HeaderNames.AUTHORIZATION, "Basic " + basic).submit("grant_type=refresh_token&refresh_token=r")) {
            JsonNode body = assertError(response, Status.UNAUTHORIZED_401, "invalid_client");
            assertThat(body.get("error_description").asText()).contains("form-encoding").doesNotContain("URLDecoder");
            assertThat(response.headers().first(HeaderNames.WWW_AUTHENTICATE)).hasValue("Basic realm=\"notes-mcp\"");
        }
    }

    @Test
    void twoAuthorizationHeadersAreAnInvalidRequest() throws Exception {
        String basic = Base64.getEncoder().encodeToString("client:secret".getBytes(StandardCharsets.UTF_8));
        try (Http1ClientResponse response = form()
                .header(HeaderValues.create(HeaderNames.AUTHORIZATION, "Basic " + basic, "Bearer other"))
                .submit("grant_type=refresh_token&refresh_token=r")) {
            assertError(response, Status.BAD_REQUEST_400, "invalid_request");
        }
    }

    @Test
    void basicCredentialsThatAreNotUtf8AreAnInvalidClient() throws Exception {
        for (String credentials : List.of("client%FF:secret", "client:%C3")) {
            String basic = Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
            String body = "grant_type=refresh_token&refresh_token=r";
            try (Http1ClientResponse response = form().header(HeaderNames.AUTHORIZATION, "Basic " + basic).submit(body)) {
                assertError(response, Status.UNAUTHORIZED_401, "invalid_client");
            }
        }
    }

    @Test
    void aRepeatedParameterIsRefused() throws Exception {
        String body = "grant_type=refresh_token&refresh_token=a&refresh_token=b&client_id=c";
        try (Http1ClientResponse response = form().submit(body)) {
            assertThat(assertError(response, Status.BAD_REQUEST_400, "invalid_request")
                    .get("error_description").asText()).contains("[refresh_token]");
        }
    }

    @Test
    void anInvalidPercentEncodingIsRefusedNotGuessed() throws Exception {
        for (String body : List.of("grant_type=refresh_token&refresh_token=%zz&client_id=c",
                "grant_type=refresh_token&refresh_token=abc%&client_id=c",
                "grant_type=refresh_token&refresh_token=%FF%FE&client_id=c", "grant_type=refresh_token&refresh_token=é")) {
            try (Http1ClientResponse response = form().submit(body)) {
                assertThat(assertError(response, Status.BAD_REQUEST_400, "invalid_request")
                        .get("error_description").asText()).as(body).contains("percent-encoded UTF-8");
            }
        }
    }

    @Test
    void anEmptyParameterCountsAsAbsent() throws Exception {
        String body = "grant_type=&client_id=c";
        try (Http1ClientResponse response = form().submit(body)) {
            assertThat(assertError(response, Status.BAD_REQUEST_400, "invalid_request")
                    .get("error_description").asText()).isEqualTo("grant_type is required");
        }
    }

    @Test
    void aFormLargerThanSixteenKibibytesIsRefused() throws Exception {
        String body = "grant_type=refresh_token&client_id=c&refresh_token=" + "a".repeat(FormBody.MAX_BYTES);
        try (Http1ClientResponse response = form().submit(body)) {
            assertThat(assertError(response, Status.BAD_REQUEST_400, "invalid_request")
                    .get("error_description").asText()).contains("16 KiB");
        }
    }

    @Test
    void aJsonBodyIsRefused() throws Exception {
        try (Http1ClientResponse response = client.post(TokenEndpoint.TOKEN)
                .header(HeaderNames.CONTENT_TYPE, "application/json").submit("{}")) {
            assertError(response, Status.BAD_REQUEST_400, "invalid_request");
        }
    }

    @Test
    void aWellFormedRequestReachesTheUseCaseDecoded() throws Exception {
        String body = "grant_type=refresh_token&refresh_token=a%2Bb+c&client_id=c&scope=notes%3Aread";
        try (Http1ClientResponse response = form().submit(body)) {
            assertError(response, Status.BAD_REQUEST_400, "invalid_grant");
        }
        assertThat(EXCHANGES).singleElement().isInstanceOfSatisfying(ExchangeTokenUseCase.RefreshTokenRequest.class,
                refresh -> {
                    assertThat(refresh.refreshToken()).isEqualTo("a+b c");
                    assertThat(refresh.scope()).hasValue("notes:read");
                });
    }

    @Test
    void theUseCasesAnswerIsCountedByGrantAndOutcome() throws Exception {
        int before = METRICS.reports().size();
        try (Http1ClientResponse response = form().submit("grant_type=authorization_code&code=c&redirect_uri=r"
                + "&code_verifier=v&client_id=c")) {
            assertError(response, Status.BAD_REQUEST_400, "invalid_grant");
        }
        assertThat(METRICS.reports()).hasSize(before + 1).last().isEqualTo("token AUTHORIZATION_CODE invalid_grant");
    }

    private static final String JWT_BEARER = "urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer";

    /** An unsigned-looking JWT whose payload names {@code sub}; the reader never verifies it. */
    private static String jwt(String payloadJson) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"ES256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }

    @Test
    void aClientAssertionReachesTheUseCaseAsPrivateKeyJwtWithTheClientItsSubNames() throws Exception {
        String assertion = jwt("{\"sub\":\"https://app.example/c.json\"}");
        String body = "grant_type=refresh_token&refresh_token=r&client_assertion_type=" + JWT_BEARER
                + "&client_assertion=" + assertion;
        try (Http1ClientResponse response = form().submit(body)) {
            assertError(response, Status.BAD_REQUEST_400, "invalid_grant");
        }
        assertThat(EXCHANGES).singleElement().satisfies(request -> {
            assertThat(request.client().clientId()).isEqualTo("https://app.example/c.json");
            assertThat(request.client().method()).isEqualTo(TokenEndpointAuthMethod.PRIVATE_KEY_JWT);
            assertThat(request.client().secret()).hasValue(assertion);
        });
    }

    @Test
    void aClientIdInTheBodyWinsOverTheAssertionsUnverifiedSub() throws Exception {
        String body = "grant_type=refresh_token&refresh_token=r&client_id=https%3A%2F%2Fa.example%2Fc.json"
                + "&client_assertion_type=" + JWT_BEARER + "&client_assertion=" + jwt("{\"sub\":\"other\"}");
        try (Http1ClientResponse response = form().submit(body)) {
            assertError(response, Status.BAD_REQUEST_400, "invalid_grant");
        }
        assertThat(EXCHANGES).singleElement().satisfies(request ->
                assertThat(request.client().clientId()).isEqualTo("https://a.example/c.json"));
    }

    @Test
    void aMalformedClientAssertionRequestIsRefusedBeforeTheUseCase() throws Exception {
        String basic = Base64.getEncoder().encodeToString("client:secret".getBytes(StandardCharsets.UTF_8));
        String assertion = jwt("{\"sub\":\"c\"}");
        String grant = "grant_type=refresh_token&refresh_token=r&client_id=c&";
        try (Http1ClientResponse response = form().submit(grant + "client_assertion=" + assertion)) {
            assertError(response, Status.BAD_REQUEST_400, "invalid_request");
        }
        try (Http1ClientResponse response = form().submit(grant + "client_assertion_type=" + JWT_BEARER)) {
            assertError(response, Status.BAD_REQUEST_400, "invalid_request");
        }
        try (Http1ClientResponse response = form().submit(grant + "client_assertion_type=urn%3Asaml"
                + "&client_assertion=" + assertion)) {
            assertThat(assertError(response, Status.UNAUTHORIZED_401, "invalid_client")
                    .get("error_description").asText()).contains("jwt-bearer");
        }
        try (Http1ClientResponse response = form().submit(grant + "client_secret=s&client_assertion_type=" + JWT_BEARER
                + "&client_assertion=" + assertion)) {
            assertError(response, Status.BAD_REQUEST_400, "invalid_request");
        }
        try (Http1ClientResponse response = form().header(HeaderNames.AUTHORIZATION, "Basic " + basic)
                .submit(grant + "client_assertion_type=" + JWT_BEARER + "&client_assertion=" + assertion)) {
            assertError(response, Status.BAD_REQUEST_400, "invalid_request");
        }
        try (Http1ClientResponse response = form().submit("grant_type=refresh_token&refresh_token=r"
                + "&client_assertion_type=" + JWT_BEARER + "&client_assertion=not-a-jwt")) {
            assertThat(assertError(response, Status.UNAUTHORIZED_401, "invalid_client")
                    .get("error_description").asText()).contains("client_id is required");
        }
    }

    private Http1ClientRequest form() {
        return client.post(TokenEndpoint.TOKEN)
                .header(HeaderNames.CONTENT_TYPE, "application/x-www-form-urlencoded");
    }

    private static JsonNode assertError(Http1ClientResponse response, Status status, String error) throws Exception {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.headers().first(HeaderNames.CACHE_CONTROL)).hasValue("no-store");
        JsonNode body = JSON.readTree(response.as(String.class));
        assertThat(body.get("error").asText()).isEqualTo(error);
        if (!error.equals("invalid_grant")) {
            assertThat(EXCHANGES).isEmpty();
        }
        return body;
    }
}
