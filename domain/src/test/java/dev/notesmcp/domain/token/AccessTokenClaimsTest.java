package dev.notesmcp.domain.token;

import dev.notesmcp.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

import static dev.notesmcp.domain.token.Claims.EXP;
import static dev.notesmcp.domain.token.Claims.IAT;
import static dev.notesmcp.domain.token.Claims.claims;
import static dev.notesmcp.domain.token.Claims.claimsValidBetween;
import static dev.notesmcp.domain.token.Claims.claimsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessTokenClaimsTest {

    private static final String ISS = "https://notes.example";
    private static final String AUD = "https://notes.example/mcp";

    private static void assertRefusedFor(String field, Runnable construction) {
        assertThatThrownBy(construction::run)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void keepsWhatItIsGiven() {
        AccessTokenClaims claims = claims(Scopes.all());

        assertThat(claims.issuer()).isEqualTo(ISS);
        assertThat(claims.audience()).isEqualTo(AUD);
        assertThat(claims.subject().value()).isEqualTo("github:1");
        assertThat(claims.clientId()).isEqualTo("client-1");
        assertThat(claims.tokenId()).isEqualTo("jti-1");
        assertThat(claims.issuedAt()).isEqualTo(IAT);
        assertThat(claims.expiresAt()).isEqualTo(EXP);
        assertThat(claims.login()).isEqualTo("octocat");
    }

    @Test
    void refusesExpiryAtIssueTime() {
        assertRefusedFor("exp", () -> claimsValidBetween(IAT, IAT));
    }

    @Test
    void refusesExpiryBeforeIssueTime() {
        assertRefusedFor("exp", () -> claimsValidBetween(IAT, IAT.minusSeconds(1)));
    }

    @Test
    void acceptsExpiryOneSecondAfterIssueTime() {
        assertThat(claimsValidBetween(IAT, IAT.plusSeconds(1)).expiresAt()).isEqualTo(IAT.plusSeconds(1));
    }

    @Test
    void keepsTimesInWholeSecondsAsAJwtCarriesThem() {
        AccessTokenClaims claims = claimsValidBetween(IAT.plusMillis(999), IAT.plusSeconds(60).plusNanos(5));

        assertThat(claims.issuedAt()).isEqualTo(IAT);
        assertThat(claims.expiresAt()).isEqualTo(IAT.plusSeconds(60));
    }

    @Test
    void refusesALifetimeThatVanishesInWholeSeconds() {
        assertRefusedFor("exp", () -> claimsValidBetween(IAT, IAT.plusMillis(500)));
    }

    @Test
    void isNotExpiredBeforeItsExpiry() {
        AccessTokenClaims claims = claims(Scopes.all());

        assertThat(claims.isExpiredAt(IAT)).isFalse();
        assertThat(claims.isExpiredAt(EXP.minusNanos(1))).isFalse();
    }

    @Test
    void isExpiredAtItsExpiry() {
        assertThat(claims(Scopes.all()).isExpiredAt(EXP)).isTrue();
    }

    @Test
    void isExpiredAfterItsExpiry() {
        assertThat(claims(Scopes.all()).isExpiredAt(EXP.plusNanos(1))).isTrue();
    }

    @Test
    void grantsOnlyItsScopes() {
        AccessTokenClaims readOnly = claims(Scopes.of(Scope.NOTES_READ));

        assertThat(readOnly.grants(Scope.NOTES_READ)).isTrue();
        assertThat(readOnly.grants(Scope.NOTES_WRITE)).isFalse();
    }

    @Test
    void grantsNothingWithoutScopes() {
        AccessTokenClaims none = claims(Scopes.of());

        assertThat(none.grants(Scope.NOTES_READ)).isFalse();
        assertThat(none.grants(Scope.NOTES_WRITE)).isFalse();
    }

    @Test
    void aMissingLoginIsEmpty() {
        assertThat(claimsWith(ISS, AUD, "client-1", "jti-1", null).login()).isEmpty();
    }

    @Test
    void refusesAnOverlongLogin() {
        assertRefusedFor("login", () -> claimsWith(ISS, AUD, "client-1", "jti-1", "l".repeat(256)));
    }

    @Test
    void refusesAnEmptyIssuer() {
        assertRefusedFor("iss", () -> claimsWith("", AUD, "client-1", "jti-1", "octocat"));
    }

    @Test
    void refusesAMissingAudience() {
        assertRefusedFor("aud", () -> claimsWith(ISS, null, "client-1", "jti-1", "octocat"));
    }

    @Test
    void refusesAMissingClientId() {
        assertRefusedFor("client_id", () -> claimsWith(ISS, AUD, null, "jti-1", "octocat"));
    }

    @Test
    void refusesAnEmptyTokenId() {
        assertRefusedFor("jti", () -> claimsWith(ISS, AUD, "client-1", "", "octocat"));
    }

    @Test
    void refusesAMissingSubject() {
        assertThatThrownBy(() -> new AccessTokenClaims(ISS, AUD, null, "client-1", Scopes.all(), "jti-1", IAT, EXP, "octocat"))
                .isInstanceOf(NullPointerException.class);
    }
}
