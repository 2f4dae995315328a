package dev.notesmcp.adapter.oidc;

import dev.notesmcp.adapter.oidc.fixture.Browser;
import dev.notesmcp.adapter.oidc.fixture.LogRecorder;
import dev.notesmcp.adapter.oidc.fixture.MockIssuer;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider.Failed;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider.Identified;
import dev.notesmcp.domain.identity.UpstreamSignIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ID tokens from a real OIDC server (mock-oauth2-server) whose claims are wrong for this sign-in:
 * each is refused with the same words for the user, a reason for the operator, and no secret logged.
 */
class IdTokenClaimsTest {

    private static final String ISSUER_ID = "tenant";
    private static final String CLIENT_ID = "notes-mcp";
    private static final String UNVERIFIED = "Acme SSO sent a sign-in we could not verify; please sign in again.";
    private static MockIssuer mock;
    private static UpstreamIdentityProvider provider;
    private LogRecorder log;

    @BeforeAll
    static void startProvider() {
        mock = new MockIssuer();
        provider = OidcIdentityProviders.oidc(new OidcSettings(mock.issuer(ISSUER_ID), CLIENT_ID, "id-token-test-secret",
                "Acme SSO", null, null));
    }

    @AfterAll
    static void stopProvider() {
        mock.close();
    }

    @BeforeEach
    void recordLog() {
        log = new LogRecorder();
    }

    @AfterEach
    void stopRecording() {
        log.close();
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        mock.nextTokens(ISSUER_ID, "user-1", Map.of("iss", "https://evil.example"));

        assertRefused("Unexpected JWT issuer");
    }

    @Test
    void theGenericPresetDoesNotAcceptTheIssuerWithoutItsScheme() {
        String schemeless = mock.issuer(ISSUER_ID).toString().replaceFirst("^http://", "");
        mock.nextTokens(ISSUER_ID, "user-1", Map.of("iss", schemeless));

        assertRefused("Unexpected JWT issuer");
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        mock.nextTokens(ISSUER_ID, "user-1", Map.of("aud", "someone-else"));

        assertRefused("Unexpected JWT audience");
    }

    @Test
    void aTokenForSeveralAudiencesWithUsAsAuthorizedPartySignsIn() {
        mock.nextTokens(ISSUER_ID, "user-1", Map.of("aud", List.of(CLIENT_ID, "another-api"), "azp", CLIENT_ID));

        assertThat(Browser.signIn(provider)).isInstanceOf(Identified.class);
    }

    @Test
    void aTokenWithTheNonceOfAnotherSignInIsRefusedAndTheNonceIsNotLogged() {
        String otherNonce = Browser.random();
        mock.nextTokens(ISSUER_ID, "user-1", Map.of("nonce", otherNonce));
        UpstreamSignIn signIn = UpstreamSignIn.start(provider.name());
        String code = Browser.code(provider, signIn);

        assertThat(provider.identify(code, signIn, Browser.callback("oidc")))
                .isEqualTo(new Failed(UNVERIFIED));
        assertThat(log.text()).contains("ID token rejected: the nonce is not this sign-in's")
                .doesNotContain(otherNonce).doesNotContain(signIn.nonce()).doesNotContain(code);
    }

    @Test
    void theNonceOfThisSignInIsRequired() {
        mock.nextTokens(ISSUER_ID, "user-1", Map.of());
        UpstreamSignIn signIn = UpstreamSignIn.start(provider.name());
        String code = Browser.code(provider, signIn);

        assertThat(provider.identify(code, Browser.withNonce(signIn, Browser.random()), Browser.callback("oidc")))
                .isEqualTo(new Failed(UNVERIFIED));
    }

    private void assertRefused(String reason) {
        UpstreamSignIn signIn = UpstreamSignIn.start(provider.name());
        String code = Browser.code(provider, signIn);

        assertThat(provider.identify(code, signIn, Browser.callback("oidc")))
                .isEqualTo(new Failed(UNVERIFIED));
        assertThat(log.text()).contains("Acme SSO sign-in failed: ID token rejected: ").contains(reason)
                .doesNotContain(code).doesNotContain(signIn.nonce()).doesNotContain(signIn.codeVerifier())
                .doesNotContain("id-token-test-secret");
    }
}
