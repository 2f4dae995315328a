package dev.notesmcp.adapter.oidc;

import dev.notesmcp.adapter.oidc.fixture.Browser;
import dev.notesmcp.adapter.oidc.fixture.CraftedIssuer;
import dev.notesmcp.adapter.oidc.fixture.CraftedIssuer.Signing;
import dev.notesmcp.adapter.oidc.fixture.LogRecorder;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider.Failed;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider.Identified;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ID tokens no honest provider sends, from an OpenID provider of our own: every one is refused by
 * Nimbus's checks against the issuer's published keys, and none of them, nor any code, is logged.
 */
class ForgedIdTokensTest {

    private static final Failed UNVERIFIED =
            new Failed("Crafted sent a sign-in we could not verify; please sign in again.");

    private CraftedIssuer issuer;
    private UpstreamIdentityProvider provider;
    private LogRecorder log;

    @BeforeEach
    void start() {
        issuer = new CraftedIssuer("/realms/notes");
        provider = OidcIdentityProviders.oidc(new OidcSettings(issuer.issuer(), CraftedIssuer.CLIENT_ID,
                CraftedIssuer.CLIENT_SECRET, "Crafted", null,
                new HttpLimits(Duration.ofSeconds(2), Duration.ofSeconds(2), 64 * 1024)));
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
    void aWellSignedTokenSignsIn() {
        assertThat(Browser.signIn(provider)).isInstanceOf(Identified.class);
    }

    @Test
    void aTokenSignedWithAnotherKeyUnderThePublishedKeyIdIsRefused() {
        issuer.signing(Signing.FORGED_WITH_PUBLISHED_KID);

        assertThat(Browser.signIn(provider)).isEqualTo(UNVERIFIED);
        assertThat(log.text()).contains("ID token rejected");
    }

    @Test
    void anUnsignedTokenIsRefused() {
        issuer.signing(Signing.NONE);

        assertThat(Browser.signIn(provider)).isEqualTo(UNVERIFIED);
    }

    @Test
    void aTokenSignedWithTheClientSecretIsRefused() {
        issuer.signing(Signing.HMAC_WITH_CLIENT_SECRET);

        assertThat(Browser.signIn(provider)).isEqualTo(UNVERIFIED);
    }

    @Test
    void anUnknownKeyIdMakesUsFetchTheKeysAgainAndStillRefuse() {
        assertThat(Browser.signIn(provider)).isInstanceOf(Identified.class);
        assertThat(issuer.jwksRequests()).isEqualTo(1);
        issuer.signing(Signing.UNKNOWN_KID);

        assertThat(Browser.signIn(provider)).isEqualTo(UNVERIFIED);
        assertThat(issuer.jwksRequests()).isEqualTo(2);
    }

    @Test
    void afterTheIssuerRotatesItsKeysTheNewKeyIsFetchedAndSignInsGoOn() {
        assertThat(Browser.signIn(provider)).isInstanceOf(Identified.class);
        issuer.rotateKeys();

        assertThat(Browser.signIn(provider)).isInstanceOf(Identified.class);
        assertThat(Browser.signIn(provider)).isInstanceOf(Identified.class);
        assertThat(issuer.jwksRequests()).isEqualTo(2);
    }

    @Test
    void aFloodOfUnknownKeyIdsDoesNotMakeUsFetchTheKeysEachTime() {
        assertThat(Browser.signIn(provider)).isInstanceOf(Identified.class);
        issuer.signing(Signing.UNKNOWN_KID);

        for (int i = 0; i < 10; i++) {
            assertThat(Browser.signIn(provider)).isEqualTo(UNVERIFIED);
        }
        // Nimbus's rate limit: one refetch per 30 s after the first fetch (a slow run may open one more window).
        assertThat(issuer.jwksRequests()).isLessThanOrEqualTo(3);
    }

    @Test
    void aTokenForSeveralAudiencesWithoutAuthorizedPartyIsRefused() {
        issuer.idTokenClaims(claims -> claims.audience(List.of(CraftedIssuer.CLIENT_ID, "another-api")));

        assertThat(Browser.signIn(provider)).isEqualTo(UNVERIFIED);
        assertThat(log.text()).contains("several audiences but no authorized party (azp)");
    }

    /** mock-oauth2-server always sets azp to the client, so this provider sends the other one. */
    @Test
    void aTokenForAnotherAuthorizedPartyIsRefused() {
        issuer.idTokenClaims(claims -> claims.audience(List.of(CraftedIssuer.CLIENT_ID, "another-api"))
                .claim("azp", "another-api"));

        assertThat(Browser.signIn(provider)).isEqualTo(UNVERIFIED);
        assertThat(log.text()).contains("the authorized party (azp) is another client");
    }

    @Test
    void aTokenWithoutSubjectIsRefused() {
        issuer.idTokenClaims(claims -> claims.subject(null));

        assertThat(Browser.signIn(provider)).isEqualTo(UNVERIFIED);
    }

    @Test
    void anExpiredTokenIsRefused() {
        Instant past = Instant.now().minusSeconds(600);
        issuer.idTokenClaims(claims -> claims.issueTime(Date.from(past)).expirationTime(Date.from(past.plusSeconds(300))));

        assertThat(Browser.signIn(provider)).isEqualTo(UNVERIFIED);
        assertThat(log.text()).contains("Expired JWT");
    }

    @Test
    void aTokenExpiredLessThanTheClockSkewAgoStillSignsIn() {
        Instant now = Instant.now();
        issuer.idTokenClaims(claims -> claims.issueTime(Date.from(now.minusSeconds(300)))
                .expirationTime(Date.from(now.minusSeconds(20))));

        assertThat(Browser.signIn(provider)).isInstanceOf(Identified.class);
    }

    @Test
    void aTokenFromAnotherIssuerIsRefusedEvenWhenWellSigned() {
        issuer.idTokenClaims(claims -> claims.issuer("https://accounts.example"));

        assertThat(Browser.signIn(provider)).isEqualTo(UNVERIFIED);
    }
}
