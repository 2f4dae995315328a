package dev.notesmcp.adapter.http.security;

import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.token.AccessTokenClaims;
import dev.notesmcp.domain.token.Scope;
import dev.notesmcp.domain.token.ScopeShortfall;
import dev.notesmcp.domain.token.Scopes;
import dev.notesmcp.domain.token.TokenVerification;
import io.helidon.webserver.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The bearer gate in front of a route: one Authorization header or none, never a choice among several. */
class BearerGateTest {

    private static final String GOOD = "good-token";
    private static final AccessTokenClaims CLAIMS = new AccessTokenClaims("http://localhost", "http://localhost/mcp",
            new UserId("dev:alice"), "client", Scopes.all(), "jti", Instant.now(), Instant.now().plusSeconds(600), "alice");
    private static final URI METADATA = URI.create("http://localhost/.well-known/oauth-protected-resource/mcp");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<String> VERIFIED = new CopyOnWriteArrayList<>();

    private static WebServer server;

    @BeforeAll
    static void start() {
        BearerGate gate = new BearerGate(token -> {
            VERIFIED.add(token);
            return token.equals(GOOD) ? new TokenVerification.Verified(CLAIMS) : TokenVerification.rejected("bad");
        }, new BearerChallenge(METADATA, Scopes.all()));
        server = WebServer.builder()
                .port(0)
                .featuresDiscoverServices(false)
                .routing(routing -> routing.post("/mcp", gate).post("/mcp", (req, res) -> res.send("passed"))
                        .post("/caller", gate).post("/caller", (req, res) -> res.send(BearerGate.caller(req).subject().value()))
                        .post("/ungated", (req, res) -> {
                            try {
                                res.send("caller " + BearerGate.caller(req).subject().value());
                            } catch (IllegalStateException e) {
                                res.send("no caller");
                            }
                        }))
                .build()
                .start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> post(String... authorizations) throws Exception {
        return postTo("/mcp", authorizations);
    }

    private static HttpResponse<String> postTo(String path, String... authorizations) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .POST(HttpRequest.BodyPublishers.noBody());
        for (String authorization : authorizations) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void oneGoodTokenPasses() throws Exception {
        HttpResponse<String> response = post("Bearer " + GOOD);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("passed");
    }

    @Test
    void theRouteAfterTheGateFindsTheAdmittedCaller() throws Exception {
        HttpResponse<String> response = postTo("/caller", "Bearer " + GOOD);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("dev:alice");
    }

    @Test
    void aRouteTheGateDidNotRunForHasNoCaller() throws Exception {
        assertThat(postTo("/ungated", "Bearer " + GOOD).body()).isEqualTo("no caller");
    }

    /** RFC 6750 §3.1: a malformed request is 400 invalid_request; the first header must not simply win. */
    @Test
    void twoAuthorizationHeadersAreAnInvalidRequestEvenIfTheFirstIsGood() throws Exception {
        VERIFIED.clear();

        HttpResponse<String> response = post("Bearer " + GOOD, "Bearer other-token");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isNotEqualTo("passed");
        assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly(
                "Bearer error=\"invalid_request\", error_description=\"Send exactly one Authorization header\", "
                        + "resource_metadata=\"" + METADATA + "\"");
        assertThat(VERIFIED).as("no token is even looked at").isEmpty();
    }

    @Test
    void twoIdenticalAuthorizationHeadersAreRefusedToo() throws Exception {
        HttpResponse<String> response = post("Bearer " + GOOD, "Bearer " + GOOD);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer error=\"invalid_request\""));
    }

    /** MCP 2025-11-25 (SEP-835): a 401 names the scopes using the resource takes; never offline_access (SEP-2207). */
    @Test
    void aBadTokenIsStill401InvalidTokenNamingTheResourceScopes() throws Exception {
        HttpResponse<String> response = post("Bearer nope");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly(
                "Bearer error=\"invalid_token\", error_description=\"The access token is invalid or expired\", "
                        + "resource_metadata=\"" + METADATA + "\", scope=\"notes:read notes:write\"");
    }

    @Test
    void noTokenIs401WithTheMetadataAndTheResourceScopes() throws Exception {
        HttpResponse<String> response = post();

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().map()).containsEntry("www-authenticate",
                List.of("Bearer resource_metadata=\"" + METADATA + "\", scope=\"notes:read notes:write\""));
    }

    @Test
    void aResourceWithoutScopesChallengesWithoutAScopeParameter() {
        assertThat(new BearerChallenge(METADATA, Scopes.of()).missingToken())
                .isEqualTo("Bearer resource_metadata=\"" + METADATA + "\"");
    }

    /** SEP-2350: every missing scope in one challenge, with those already granted (MCP 2025-11-25's recommendation). */
    @Test
    void anInsufficientScopeChallengeAsksForWhatIsMissingAndWhatWasGranted() {
        BearerChallenge challenge = new BearerChallenge(METADATA, Scopes.all());

        assertThat(challenge.insufficientScope(new ScopeShortfall(Scopes.all(), Scopes.of()))).isEqualTo(
                "Bearer error=\"insufficient_scope\", scope=\"notes:read notes:write\", "
                        + "error_description=\"This request needs the notes:read and notes:write scopes\", "
                        + "resource_metadata=\"" + METADATA + "\"");
        assertThat(challenge.insufficientScope(new ScopeShortfall(Scopes.of(Scope.NOTES_WRITE),
                Scopes.of(Scope.NOTES_READ)))).isEqualTo(
                "Bearer error=\"insufficient_scope\", scope=\"notes:read notes:write\", "
                        + "error_description=\"This request needs the notes:write scope\", "
                        + "resource_metadata=\"" + METADATA + "\"");
    }
}
