package dev.notesmcp.adapter.oidc;

import dev.notesmcp.adapter.oidc.fixture.Browser;
import dev.notesmcp.adapter.oidc.fixture.ClosedPort;
import dev.notesmcp.adapter.oidc.fixture.CraftedIssuer;
import dev.notesmcp.adapter.oidc.fixture.CraftedIssuer.Answer;
import dev.notesmcp.adapter.oidc.fixture.DrippingServer;
import dev.notesmcp.adapter.oidc.fixture.LogRecorder;
import dev.notesmcp.adapter.oidc.fixture.SilentServer;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider.Failed;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider.Identified;
import dev.notesmcp.domain.identity.UpstreamSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provider that refuses, errs, answers nonsense, too much, elsewhere or never: each sign-in ends
 * in a {@code Failed} with words for the user and a reason for the operator, and no secret in the log.
 */
class ProviderFailuresTest {

    private static final HttpLimits SHORT = new HttpLimits(Duration.ofMillis(500), Duration.ofMillis(500), 64 * 1024);

    private CraftedIssuer issuer;
    private LogRecorder log;

    @BeforeEach
    void start() {
        issuer = new CraftedIssuer("/idp");
        log = new LogRecorder();
    }

    @AfterEach
    void stop() {
        log.close();
        issuer.close();
        assertThat(issuer.issued()).allSatisfy(secret -> assertThat(log.text()).doesNotContain(secret));
        assertThat(log.text()).doesNotContain(CraftedIssuer.CLIENT_SECRET);
    }

    @Test
    void theCodeIsExchangedWithTheVerifierAndCallbackUnderHttpBasic() {
        UpstreamIdentityProvider provider = provider();
        UpstreamSignIn signIn = UpstreamSignIn.start(provider.name());

        assertThat(provider.identify(Browser.code(provider, signIn), signIn, Browser.callback("oidc")))
                .isInstanceOf(Identified.class);
        Map<String, String> request = issuer.tokenRequests().getFirst();
        assertThat(request).containsEntry("grant_type", "authorization_code")
                .containsEntry("code_verifier", signIn.codeVerifier())
                .containsEntry("redirect_uri", Browser.callback("oidc").toString())
                .containsKey("authorization").doesNotContainKey("client_secret");
    }

    @Test
    void aProviderThatTakesTheSecretOnlyInTheFormGetsItThere() {
        issuer.metadata(Map.of("token_endpoint_auth_methods_supported", java.util.List.of("client_secret_post")));

        assertThat(Browser.signIn(provider())).isInstanceOf(Identified.class);
        assertThat(issuer.tokenRequests().getFirst()).containsEntry("client_secret", CraftedIssuer.CLIENT_SECRET)
                .containsEntry("client_id", CraftedIssuer.CLIENT_ID).doesNotContainKey("authorization");
    }

    @Test
    void refusedClientCredentialsAreAnErrorForTheOperator() {
        issuer.answerTokenRequests(new Answer(401, "application/json", "{\"error\":\"invalid_client\"}"));

        assertThat(Browser.signIn(provider())).isEqualTo(new Failed(
                "Crafted did not accept this server's client credentials; the server's operator must check them."));
        assertThat(log.lines()).anyMatch(line -> line.startsWith("SEVERE ") && line.contains("error invalid_client")
                && line.contains("check OIDC_CLIENT_ID and OIDC_CLIENT_SECRET"));
    }

    @Test
    void otherOAuthErrorsAreNamed() {
        issuer.answerTokenRequests(new Answer(400, "application/json", "{\"error\":\"unsupported_grant_type\"}"));
        assertThat(Browser.signIn(provider()))
                .isEqualTo(new Failed("Crafted refused the sign-in (unsupported_grant_type); please sign in again."));

        issuer.answerTokenRequests(new Answer(400, "application/json", "{\"error\":\"<script>\"}"));
        assertThat(Browser.signIn(provider())).isEqualTo(unexpected());
    }

    @Test
    void serverErrorsSayTheProviderHasTrouble() {
        Failed trouble = new Failed("Crafted is having trouble right now; try again later.");
        issuer.answerTokenRequests(new Answer(500, "text/html", "<h1>Internal Server Error</h1>"));
        assertThat(Browser.signIn(provider())).isEqualTo(trouble);

        issuer.answerTokenRequests(new Answer(503, "application/json", "{\"error\":\"temporarily_unavailable\"}"));
        assertThat(Browser.signIn(provider())).isEqualTo(trouble);
    }

    @Test
    void answersThatAreNoTokenResponseFail() {
        issuer.answerTokenRequests(new Answer(200, "text/plain", "hello"));
        assertThat(Browser.signIn(provider())).isEqualTo(unexpected());

        issuer.answerTokenRequests(new Answer(200, "application/json", "{\"access_token\":\"abc\",\"token_type\":\"Bearer\"}"));
        assertThat(Browser.signIn(provider())).isEqualTo(unexpected());
        assertThat(log.text()).contains("the answer carries no ID token");
    }

    @Test
    void anAnswerLargerThanTheLimitIsNotRead() {
        issuer.answerTokenRequests(new Answer(200, "application/json", "{\"error\":\"" + "x".repeat(100_000) + "\"}"));

        assertThat(Browser.signIn(provider())).isEqualTo(unexpected());
        assertThat(log.text()).contains("answered more than 65536 bytes");
    }

    @Test
    void redirectsAreNotFollowed() throws IOException {
        try (SilentServer elsewhere = new SilentServer()) {
            issuer.answerTokenRequests(new Answer(307, "text/plain", "", Map.of("Location", elsewhere.url("/token").toString())));

            // Following it would have hung until the read timeout instead.
            assertThat(Browser.signIn(provider())).isEqualTo(unexpected());
        }
    }

    @Test
    void aTokenEndpointThatNeverAnswersTimesOut() throws IOException {
        try (SilentServer silent = new SilentServer()) {
            issuer.metadata(Map.of("token_endpoint", silent.url("/token").toString()));

            assertThat(Browser.signIn(provider())).isEqualTo(new Failed("Crafted did not answer in time; try again."));
            assertThat(log.text()).contains("token exchange: " + silent.url("/token") + " gave no complete answer within PT0.5S");
        }
    }

    @Test
    void anAnswerThatNeverEndsTimesOutThoughBytesKeepComing() throws IOException {
        try (DrippingServer dripping = new DrippingServer()) {
            issuer.metadata(Map.of("token_endpoint", dripping.url("/token").toString()));

            assertThat(Browser.signIn(provider())).isEqualTo(new Failed("Crafted did not answer in time; try again."));
        }
    }

    @Test
    void anUnreachableTokenEndpointFails() {
        URI nowhere = ClosedPort.url("/token");
        issuer.metadata(Map.of("token_endpoint", nowhere.toString()));

        assertThat(Browser.signIn(provider())).isEqualTo(new Failed("Crafted could not be reached; try again."));
        assertThat(log.text()).contains("token exchange: http://" + nowhere.getAuthority() + " could not be reached");
    }

    @Test
    void keysThatCannotBeFetchedFailTheSignIn() throws IOException {
        issuer.metadata(Map.of("jwks_uri", ClosedPort.url("/jwks").toString()));
        assertThat(Browser.signIn(provider())).isEqualTo(new Failed("Crafted could not be reached; try again."));

        try (SilentServer silent = new SilentServer()) {
            issuer.metadata(Map.of("jwks_uri", silent.url("/jwks").toString()));
            assertThat(Browser.signIn(provider())).isEqualTo(new Failed("Crafted did not answer in time; try again."));
        }
    }

    private UpstreamIdentityProvider provider() {
        return OidcIdentityProviders.oidc(new OidcSettings(issuer.issuer(), CraftedIssuer.CLIENT_ID,
                CraftedIssuer.CLIENT_SECRET, "Crafted", null, SHORT));
    }

    private static Failed unexpected() {
        return new Failed("Crafted answered in a way we did not understand; try again later.");
    }
}
