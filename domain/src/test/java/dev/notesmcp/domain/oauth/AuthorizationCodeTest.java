package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.token.Scope;
import dev.notesmcp.domain.token.Scopes;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static dev.notesmcp.domain.oauth.OAuthFixtures.CHALLENGE;
import static dev.notesmcp.domain.oauth.OAuthFixtures.CLIENT;
import static dev.notesmcp.domain.oauth.OAuthFixtures.LOGIN;
import static dev.notesmcp.domain.oauth.OAuthFixtures.NOW;
import static dev.notesmcp.domain.oauth.OAuthFixtures.OTHER_CLIENT;
import static dev.notesmcp.domain.oauth.OAuthFixtures.REDIRECT;
import static dev.notesmcp.domain.oauth.OAuthFixtures.RFC7636_VERIFIER;
import static dev.notesmcp.domain.oauth.OAuthFixtures.USER;
import static dev.notesmcp.domain.oauth.OAuthFixtures.VERIFIER;
import static dev.notesmcp.domain.oauth.OAuthFixtures.WRONG_VERIFIER;
import static dev.notesmcp.domain.oauth.OAuthFixtures.code;
import static dev.notesmcp.domain.oauth.OAuthFixtures.grantId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** RFC 6749 §4.1.2 / §4.1.3, RFC 7636 §4.6, RFC 9700 §4.5: the outcomes of presenting a code. */
class AuthorizationCodeTest {

    private static final Instant SOON = NOW.plusSeconds(30);

    private static void assertInvalidGrant(Redemption redemption, String descriptionPart) {
        assertThat(redemption).isInstanceOfSatisfying(Redemption.Rejected.class, rejected -> {
            assertThat(rejected.error().code()).isEqualTo(OAuthErrorCode.INVALID_GRANT);
            assertThat(rejected.error().description()).contains(descriptionPart);
        });
    }

    @Nested
    class Issuing {

        @Test
        void livesFiveMinutes() {
            assertThat(AuthorizationCode.LIFETIME).isEqualTo(Duration.ofMinutes(5));
            assertThat(code().expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        }

        @Test
        void startsUnredeemed() {
            assertThat(code().redeemedAt()).isEmpty();
        }

        @Test
        void carriesWhatTheAuthorizationRequestBound() {
            AuthorizationCode code = code(Scopes.of(Scope.NOTES_READ));

            assertThat(code.grant()).isEqualTo(grantId());
            assertThat(code.client()).isEqualTo(CLIENT);
            assertThat(code.redirectUri()).isEqualTo(REDIRECT);
            assertThat(code.challenge()).isEqualTo(CHALLENGE);
            assertThat(code.user()).isEqualTo(USER);
            assertThat(code.login()).isEqualTo(LOGIN);
            assertThat(code.scopes()).isEqualTo(Scopes.of(Scope.NOTES_READ));
        }

        @Test
        void markingRedeemedKeepsEverythingElse() {
            AuthorizationCode code = code();

            AuthorizationCode redeemed = code.redeemedAt(SOON);

            assertThat(redeemed.redeemedAt()).contains(SOON);
            assertThat(redeemed.hash()).isEqualTo(code.hash());
            assertThat(redeemed.expiresAt()).isEqualTo(code.expiresAt());
            assertThat(redeemed.scopes()).isEqualTo(code.scopes());
            assertThat(code.redeemedAt()).isEmpty();
        }

        @Test
        void requiresEveryPart() {
            TokenHash hash = OpaqueToken.random().hash();
            assertThatThrownBy(() -> AuthorizationCode.issue(null, grantId(), CLIENT, REDIRECT, CHALLENGE, USER, LOGIN, Scopes.all(), NOW))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> AuthorizationCode.issue(hash, null, CLIENT, REDIRECT, CHALLENGE, USER, LOGIN, Scopes.all(), NOW))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> AuthorizationCode.issue(hash, grantId(), null, REDIRECT, CHALLENGE, USER, LOGIN, Scopes.all(), NOW))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> AuthorizationCode.issue(hash, grantId(), CLIENT, null, CHALLENGE, USER, LOGIN, Scopes.all(), NOW))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> AuthorizationCode.issue(hash, grantId(), CLIENT, REDIRECT, null, USER, LOGIN, Scopes.all(), NOW))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> AuthorizationCode.issue(hash, grantId(), CLIENT, REDIRECT, CHALLENGE, null, LOGIN, Scopes.all(), NOW))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> AuthorizationCode.issue(hash, grantId(), CLIENT, REDIRECT, CHALLENGE, USER, null, Scopes.all(), NOW))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> AuthorizationCode.issue(hash, grantId(), CLIENT, REDIRECT, CHALLENGE, USER, LOGIN, null, NOW))
                    .isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class Redeeming {

        @Test
        void firstUseWithEverythingRightIsRedeemed() {
            AuthorizationCode code = code();

            Redemption redemption = code.redeem(CLIENT, REDIRECT, VERIFIER, SOON);

            assertThat(redemption).isEqualTo(new Redemption.Redeemed(code));
        }

        @Test
        void redeemedCarriesTheCodeWithItsGrantUserAndScopes() {
            AuthorizationCode code = code(Scopes.of(Scope.NOTES_READ));

            Redemption redemption = code.redeem(CLIENT, REDIRECT, VERIFIER, SOON);

            assertThat(redemption).isInstanceOfSatisfying(Redemption.Redeemed.class, redeemed -> {
                assertThat(redeemed.code().grant()).isEqualTo(grantId());
                assertThat(redeemed.code().user()).isEqualTo(USER);
                assertThat(redeemed.code().scopes()).isEqualTo(Scopes.of(Scope.NOTES_READ));
            });
        }

        @Test
        void isRedeemedUpToJustBeforeExpiry() {
            AuthorizationCode code = code();

            assertThat(code.redeem(CLIENT, REDIRECT, VERIFIER, NOW)).isInstanceOf(Redemption.Redeemed.class);
            assertThat(code.redeem(CLIENT, REDIRECT, VERIFIER, code.expiresAt().minusNanos(1)))
                    .isInstanceOf(Redemption.Redeemed.class);
        }

        @Test
        void expiresAtExactlyExpiresAt() {
            AuthorizationCode code = code();

            assertInvalidGrant(code.redeem(CLIENT, REDIRECT, VERIFIER, code.expiresAt()), "expired");
        }

        @Test
        void expiredLater() {
            AuthorizationCode code = code();

            assertInvalidGrant(code.redeem(CLIENT, REDIRECT, VERIFIER, NOW.plus(Duration.ofMinutes(5)).plusSeconds(1)), "expired");
            assertInvalidGrant(code.redeem(CLIENT, REDIRECT, VERIFIER, NOW.plus(Duration.ofDays(1))), "expired");
        }

        @Test
        void anotherClientIsInvalidGrant() {
            assertInvalidGrant(code().redeem(OTHER_CLIENT, REDIRECT, VERIFIER, SOON), "another client");
        }

        @Test
        void aDifferentRedirectUriIsInvalidGrant() {
            AuthorizationCode code = code();

            assertInvalidGrant(code.redeem(CLIENT, "https://evil.example/callback", VERIFIER, SOON), "redirect_uri");
            assertInvalidGrant(code.redeem(CLIENT, REDIRECT + "/", VERIFIER, SOON), "redirect_uri");
            assertInvalidGrant(code.redeem(CLIENT, REDIRECT + "?x=1", VERIFIER, SOON), "redirect_uri");
            assertInvalidGrant(code.redeem(CLIENT, REDIRECT.toUpperCase(), VERIFIER, SOON), "redirect_uri");
        }

        @Test
        void aMissingRedirectUriIsInvalidGrant() {
            assertInvalidGrant(code().redeem(CLIENT, null, VERIFIER, SOON), "redirect_uri");
        }

        @Test
        void aLoopbackCodeNeedsTheSamePortItWasIssuedFor() {
            // The code binds the redirect_uri of the authorization request, port included.
            AuthorizationCode code = AuthorizationCode.issue(OpaqueToken.random().hash(), grantId(), CLIENT,
                    "http://127.0.0.1:51234/callback", CHALLENGE, USER, LOGIN, Scopes.all(), NOW);

            assertThat(code.redeem(CLIENT, "http://127.0.0.1:51234/callback", VERIFIER, SOON))
                    .isInstanceOf(Redemption.Redeemed.class);
            assertInvalidGrant(code.redeem(CLIENT, "http://127.0.0.1:51235/callback", VERIFIER, SOON), "redirect_uri");
        }

        @Test
        void aWrongVerifierIsInvalidGrant() {
            assertInvalidGrant(code().redeem(CLIENT, REDIRECT, WRONG_VERIFIER, SOON), "code_verifier");
        }

        @Test
        void theChallengePresentedAsVerifierIsInvalidGrant() {
            CodeVerifier challengeAsVerifier = new CodeVerifier(CHALLENGE.value());

            assertInvalidGrant(code().redeem(CLIENT, REDIRECT, challengeAsVerifier, SOON), "code_verifier");
        }

        @Test
        void aRejectionNeverEchoesTheVerifier() {
            Redemption redemption = code().redeem(CLIENT, REDIRECT, WRONG_VERIFIER, SOON);

            assertThat(redemption).isInstanceOfSatisfying(Redemption.Rejected.class, rejected ->
                    assertThat(rejected.error().description())
                            .doesNotContain(WRONG_VERIFIER.value())
                            .doesNotContain(RFC7636_VERIFIER)
                            .doesNotContain(CHALLENGE.value()));
        }
    }

    @Nested
    class Replaying {

        private final AuthorizationCode spent = code().redeemedAt(SOON);
        private final Redemption.Replayed replayed = new Redemption.Replayed(grantId());

        @Test
        void aSecondUseWithEverythingRightIsAReplay() {
            assertThat(spent.redeem(CLIENT, REDIRECT, VERIFIER, SOON.plusSeconds(1))).isEqualTo(replayed);
        }

        @Test
        void aSecondUseAtTheSameInstantIsAReplay() {
            assertThat(spent.redeem(CLIENT, REDIRECT, VERIFIER, SOON)).isEqualTo(replayed);
        }

        @Test
        void aSecondUseByAnotherClientIsAReplay() {
            assertThat(spent.redeem(OTHER_CLIENT, REDIRECT, VERIFIER, SOON)).isEqualTo(replayed);
        }

        @Test
        void aSecondUseWithAWrongVerifierIsAReplay() {
            assertThat(spent.redeem(CLIENT, REDIRECT, WRONG_VERIFIER, SOON)).isEqualTo(replayed);
        }

        @Test
        void aSecondUseWithAnotherRedirectUriIsAReplay() {
            assertThat(spent.redeem(CLIENT, "https://evil.example/callback", VERIFIER, SOON)).isEqualTo(replayed);
        }

        @Test
        void aSecondUseAfterExpiryIsAReplay() {
            assertThat(spent.redeem(CLIENT, REDIRECT, VERIFIER, spent.expiresAt().plusSeconds(1))).isEqualTo(replayed);
        }

        @Test
        void aSecondUseWithEverythingWrongIsAReplay() {
            assertThat(spent.redeem(OTHER_CLIENT, "https://evil.example/callback", WRONG_VERIFIER,
                    spent.expiresAt().plus(Duration.ofDays(1)))).isEqualTo(replayed);
        }

        @Test
        void aReplayNamesTheGrantToRevoke() {
            assertThat(spent.redeem(CLIENT, REDIRECT, VERIFIER, SOON))
                    .isInstanceOfSatisfying(Redemption.Replayed.class, r -> assertThat(r.grant()).isEqualTo(spent.grant()));
        }
    }

    @Nested
    class Outcomes {

        @Test
        void rejectedIsInvalidGrant() {
            assertThat(Redemption.rejected("why"))
                    .isEqualTo(new Redemption.Rejected(OAuthError.invalidGrant("why")));
        }

        @Test
        void everyOutcomeRequiresItsPart() {
            assertThatThrownBy(() -> new Redemption.Redeemed(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new Redemption.Rejected(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new Redemption.Replayed(null)).isInstanceOf(NullPointerException.class);
        }
    }
}
