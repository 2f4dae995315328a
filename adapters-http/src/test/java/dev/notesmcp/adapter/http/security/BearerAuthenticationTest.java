package dev.notesmcp.adapter.http.security;

import dev.notesmcp.adapter.http.security.BearerOutcome.Admitted;
import dev.notesmcp.adapter.http.security.BearerOutcome.Refused;
import dev.notesmcp.application.port.out.StoreUnavailableException;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.token.AccessTokenClaims;
import dev.notesmcp.domain.token.Scopes;
import dev.notesmcp.domain.token.TokenVerification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The gate's decision for every shape of Authorization a request can carry, without HTTP. */
class BearerAuthenticationTest {

    private static final String GOOD = "good-token";
    private static final AccessTokenClaims CLAIMS = new AccessTokenClaims("http://localhost", "http://localhost/mcp",
            new UserId("dev:alice"), "client", Scopes.all(), "jti", Instant.now(), Instant.now().plusSeconds(600), "alice");
    private static final URI METADATA = URI.create("http://localhost/.well-known/oauth-protected-resource/mcp");
    private static final String MISSING = "Bearer resource_metadata=\"" + METADATA + "\", scope=\"notes:read notes:write\"";
    private static final String INVALID = "Bearer error=\"invalid_token\", error_description=\"The access token is invalid"
            + " or expired\", resource_metadata=\"" + METADATA + "\", scope=\"notes:read notes:write\"";

    private final List<String> verified = new ArrayList<>();
    private final BearerAuthentication authentication = new BearerAuthentication(token -> {
        verified.add(token);
        return token.equals(GOOD) ? new TokenVerification.Verified(CLAIMS) : TokenVerification.rejected("bad");
    }, new BearerChallenge(METADATA, Scopes.all()));

    @Test
    void oneGoodBearerTokenAdmitsItsCaller() {
        assertThat(authentication.authenticate(List.of("Bearer " + GOOD))).isEqualTo(new Admitted(CLAIMS));
        assertThat(verified).containsExactly(GOOD);
    }

    /** RFC 6750 §3.1: no authentication attempted, so no error code; where to learn how, and what to ask for. */
    @Test
    void noAuthorizationIs401WithoutAnErrorCode() {
        assertThat(authentication.authenticate(List.of()))
                .isEqualTo(new Refused(401, Optional.empty(), Optional.empty(), MISSING));
        assertThat(verified).isEmpty();
    }

    @Test
    void severalAuthorizationValuesAre400InvalidRequestAndNoTokenIsVerified() {
        assertThat(authentication.authenticate(List.of("Bearer " + GOOD, "Bearer " + GOOD))).isEqualTo(new Refused(400,
                Optional.of("invalid_request"), Optional.of("Send exactly one Authorization header"),
                "Bearer error=\"invalid_request\", error_description=\"Send exactly one Authorization header\", "
                        + "resource_metadata=\"" + METADATA + "\""));
        assertThat(verified).isEmpty();
    }

    @Test
    void aTokenTheApplicationRejectsIs401InvalidToken() {
        assertThat(authentication.authenticate(List.of("Bearer forged"))).isEqualTo(invalidToken());
        assertThat(verified).containsExactly("forged");
    }

    /** RFC 9110 §11.1: the scheme name is case-insensitive. */
    @ParameterizedTest
    @ValueSource(strings = {"bearer ", "BEARER ", "bEaReR "})
    void theSchemeNameIsCaseInsensitive(String scheme) {
        assertThat(authentication.authenticate(List.of(scheme + GOOD))).isEqualTo(new Admitted(CLAIMS));
    }

    @Test
    void whiteSpaceAroundTheTokenIsNotPartOfIt() {
        assertThat(authentication.authenticate(List.of("Bearer   " + GOOD + " \t"))).isEqualTo(new Admitted(CLAIMS));
        assertThat(verified).containsExactly(GOOD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Bearer", "Bearer ", "Bearer    ", "Bearer\t" + GOOD, "Bearer" + GOOD, "Bearer:" + GOOD,
            "Basic dXNlcjpwYXNz", "Token " + GOOD, GOOD, " Bearer " + GOOD})
    void anythingButBearerSpaceTokenIs401InvalidTokenWithoutAsking(String authorization) {
        assertThat(authentication.authenticate(List.of(authorization))).isEqualTo(invalidToken());
        assertThat(verified).as("the verifier is never asked").isEmpty();
    }

    /** A store that cannot answer is the error mapper's 503, never a 401 for a token that may be good. */
    @Test
    void aVerifierThatFailsIsNotARefusal() {
        BearerAuthentication failing = new BearerAuthentication(token -> {
            throw new StoreUnavailableException("the revocation store", null);
        }, new BearerChallenge(METADATA, Scopes.all()));

        assertThatThrownBy(() -> failing.authenticate(List.of("Bearer " + GOOD)))
                .isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void aRefusalIsAnRfc6750ChallengeThatNamesItsOwnError() {
        assertThatThrownBy(() -> new Refused(500, Optional.empty(), Optional.empty(), MISSING))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Refused(401, Optional.of("invalid_token"), Optional.empty(), INVALID))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Refused(401, Optional.of("invalid_request"),
                Optional.of("The access token is invalid or expired"), INVALID))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Refused(401, Optional.of("invalid_token"), Optional.of("Something else"), INVALID))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Refused(401, Optional.empty(), Optional.empty(), "Basic realm=\"x\""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Refused(403, Optional.of("insufficient_scope"), Optional.of("needs more"),
                "Bearer error=\"insufficient_scope\", error_description=\"needs more\"").status()).isEqualTo(403);
    }

    private static Refused invalidToken() {
        return new Refused(401, Optional.of("invalid_token"), Optional.of("The access token is invalid or expired"), INVALID);
    }
}
