package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.token.Scope;
import dev.notesmcp.domain.token.Scopes;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static dev.notesmcp.domain.oauth.OAuthFixtures.CLIENT;
import static dev.notesmcp.domain.oauth.OAuthFixtures.LOGIN;
import static dev.notesmcp.domain.oauth.OAuthFixtures.NOW;
import static dev.notesmcp.domain.oauth.OAuthFixtures.OTHER_CLIENT;
import static dev.notesmcp.domain.oauth.OAuthFixtures.REFRESH_LIFETIME;
import static dev.notesmcp.domain.oauth.OAuthFixtures.USER;
import static dev.notesmcp.domain.oauth.OAuthFixtures.grantId;
import static dev.notesmcp.domain.oauth.OAuthFixtures.refreshToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** OAuth 2.1 §4.3, RFC 6749 §6, RFC 9700 §4.14.2: rotation, narrowing, grace and reuse detection. */
class RefreshTokenTest {

    private static final Scopes READ = Scopes.of(Scope.NOTES_READ);
    private static final Scopes WRITE = Scopes.of(Scope.NOTES_WRITE);
    private static final Instant LATER = NOW.plus(Duration.ofDays(1));
    private static final Instant ROTATED = LATER;

    private static void assertRejected(Rotation rotation, OAuthErrorCode code, String descriptionPart) {
        assertThat(rotation).isInstanceOfSatisfying(Rotation.Rejected.class, rejected -> {
            assertThat(rejected.error().code()).isEqualTo(code);
            assertThat(rejected.error().description()).contains(descriptionPart);
        });
    }

    @Nested
    class Issuing {

        @Test
        void carriesItsGrantClientUserAndScopes() {
            RefreshToken token = refreshToken(READ);

            assertThat(token.grant()).isEqualTo(grantId());
            assertThat(token.client()).isEqualTo(CLIENT);
            assertThat(token.user()).isEqualTo(USER);
            assertThat(token.login()).isEqualTo(LOGIN);
            assertThat(token.scopes()).isEqualTo(READ);
        }

        @Test
        void livesForTheGivenLifetime() {
            RefreshToken token = refreshToken();

            assertThat(token.issuedAt()).isEqualTo(NOW);
            assertThat(token.expiresAt()).isEqualTo(NOW.plus(REFRESH_LIFETIME));
        }

        @Test
        void startsUnrotated() {
            assertThat(refreshToken().rotatedAt()).isEmpty();
            assertThat(refreshToken().retriedAt()).isEmpty();
        }

        @Test
        void markingRetriedKeepsEverythingElse() {
            RefreshToken rotated = refreshToken().rotatedAt(ROTATED);

            RefreshToken retried = rotated.retriedAt(ROTATED.plusSeconds(1));

            assertThat(retried.retriedAt()).contains(ROTATED.plusSeconds(1));
            assertThat(retried.rotatedAt()).contains(ROTATED);
            assertThat(retried.hash()).isEqualTo(rotated.hash());
            assertThat(retried.expiresAt()).isEqualTo(rotated.expiresAt());
            assertThat(rotated.retriedAt()).isEmpty();
            assertThat(retried.rotatedAt(ROTATED.plusSeconds(2)).retriedAt()).as("rotatedAt keeps retriedAt")
                    .contains(ROTATED.plusSeconds(1));
        }

        @Test
        void theNineArgumentConstructorMeansNotRetried() {
            RefreshToken token = refreshToken();

            assertThat(new RefreshToken(token.hash(), token.grant(), token.client(), token.user(), token.login(),
                    token.scopes(), token.issuedAt(), token.expiresAt(), Optional.of(ROTATED)))
                    .isEqualTo(token.rotatedAt(ROTATED));
        }

        @Test
        void markingRotatedKeepsEverythingElse() {
            RefreshToken token = refreshToken();

            RefreshToken rotated = token.rotatedAt(ROTATED);

            assertThat(rotated.rotatedAt()).contains(ROTATED);
            assertThat(rotated.hash()).isEqualTo(token.hash());
            assertThat(rotated.expiresAt()).isEqualTo(token.expiresAt());
            assertThat(rotated.issuedAt()).isEqualTo(token.issuedAt());
            assertThat(token.rotatedAt()).isEmpty();
        }

        @Test
        void graceIsTenSecondsAtMost() {
            assertThat(RefreshToken.GRACE).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(10));
        }

        @Test
        void requiresEveryPart() {
            TokenHash hash = OpaqueToken.random().hash();
            assertThatThrownBy(() -> RefreshToken.issue(null, grantId(), CLIENT, USER, LOGIN, READ, NOW, REFRESH_LIFETIME))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> RefreshToken.issue(hash, null, CLIENT, USER, LOGIN, READ, NOW, REFRESH_LIFETIME))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> RefreshToken.issue(hash, grantId(), null, USER, LOGIN, READ, NOW, REFRESH_LIFETIME))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> RefreshToken.issue(hash, grantId(), CLIENT, null, LOGIN, READ, NOW, REFRESH_LIFETIME))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> RefreshToken.issue(hash, grantId(), CLIENT, USER, null, READ, NOW, REFRESH_LIFETIME))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> RefreshToken.issue(hash, grantId(), CLIENT, USER, LOGIN, null, NOW, REFRESH_LIFETIME))
                    .isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class Rotating {

        @Test
        void aFreshTokenRotatesKeepingItsScopes() {
            RefreshToken token = refreshToken();

            Rotation rotation = token.rotate(CLIENT, Optional.empty(), LATER);

            assertThat(rotation).isEqualTo(new Rotation.Rotated(token, Scopes.all(), false));
        }

        @Test
        void requestingTheSameScopesIsAllowed() {
            RefreshToken token = refreshToken(READ);

            assertThat(token.rotate(CLIENT, Optional.of(READ), LATER)).isEqualTo(new Rotation.Rotated(token, READ, false));
        }

        @Test
        void mayNarrowTheScopes() {
            RefreshToken token = refreshToken();

            Rotation rotation = token.rotate(CLIENT, Optional.of(READ), LATER);

            assertThat(rotation).isInstanceOfSatisfying(Rotation.Rotated.class, rotated -> {
                assertThat(rotated.scopes()).isEqualTo(READ);
                assertThat(rotated.retry()).isFalse();
                // RFC 6749 §6: a successor refresh token keeps the presented token's scope; the
                // presented token's own scopes are still at hand for that.
                assertThat(rotated.previous().scopes()).isEqualTo(Scopes.all());
            });
        }

        @Test
        void mayNotWidenTheScopes() {
            RefreshToken token = refreshToken(READ);

            assertRejected(token.rotate(CLIENT, Optional.of(Scopes.all()), LATER), OAuthErrorCode.INVALID_SCOPE, "widen");
            assertRejected(token.rotate(CLIENT, Optional.of(WRITE), LATER), OAuthErrorCode.INVALID_SCOPE, "widen");
        }

        @Test
        void anotherClientIsInvalidGrant() {
            assertRejected(refreshToken().rotate(OTHER_CLIENT, Optional.empty(), LATER),
                    OAuthErrorCode.INVALID_GRANT, "another client");
        }

        @Test
        void isUsableUpToJustBeforeExpiry() {
            RefreshToken token = refreshToken();

            assertThat(token.rotate(CLIENT, Optional.empty(), token.expiresAt().minusNanos(1)))
                    .isInstanceOf(Rotation.Rotated.class);
        }

        @Test
        void expiresAtExactlyExpiresAt() {
            RefreshToken token = refreshToken();

            assertRejected(token.rotate(CLIENT, Optional.empty(), token.expiresAt()), OAuthErrorCode.INVALID_GRANT, "expired");
        }

        @Test
        void expiredLater() {
            RefreshToken token = refreshToken();

            assertRejected(token.rotate(CLIENT, Optional.empty(), token.expiresAt().plusSeconds(1)),
                    OAuthErrorCode.INVALID_GRANT, "expired");
        }

        @Test
        void anExpiredTokenIsNotRotatedEvenWhenNarrowing() {
            RefreshToken token = refreshToken();

            assertRejected(token.rotate(CLIENT, Optional.of(READ), token.expiresAt()), OAuthErrorCode.INVALID_GRANT, "expired");
        }
    }

    @Nested
    class GraceAndReuse {

        private final RefreshToken retired = refreshToken().rotatedAt(ROTATED);

        @Test
        void aRetryAtTheMomentOfRotationRotatesAgainAsARetry() {
            assertThat(retired.rotate(CLIENT, Optional.empty(), ROTATED))
                    .isEqualTo(new Rotation.Rotated(retired, Scopes.all(), true));
        }

        @Test
        void aRetryWithinTheGraceRotatesAgainAsARetry() {
            assertThat(retired.rotate(CLIENT, Optional.empty(), ROTATED.plusSeconds(5)))
                    .isEqualTo(new Rotation.Rotated(retired, Scopes.all(), true));
        }

        @Test
        void theGraceIncludesItsLastInstant() {
            assertThat(retired.rotate(CLIENT, Optional.empty(), ROTATED.plus(RefreshToken.GRACE)))
                    .isEqualTo(new Rotation.Rotated(retired, Scopes.all(), true));
            assertThat(retired.rotate(CLIENT, Optional.empty(), ROTATED.plusSeconds(10)))
                    .isInstanceOfSatisfying(Rotation.Rotated.class, rotated -> assertThat(rotated.retry()).isTrue());
        }

        @Test
        void justAfterTheGraceIsReuse() {
            assertThat(retired.rotate(CLIENT, Optional.empty(), ROTATED.plus(RefreshToken.GRACE).plusNanos(1)))
                    .isEqualTo(new Rotation.Reused(grantId()));
        }

        @Test
        void aRetiredTokenBroughtBackByAnotherClientIsStillReuse() {
            assertThat(retired.rotate(OTHER_CLIENT, Optional.empty(), ROTATED.plus(Duration.ofHours(1))))
                    .isEqualTo(new Rotation.Reused(grantId()));
        }

        @Test
        void longAfterTheGraceIsReuse() {
            assertThat(retired.rotate(CLIENT, Optional.empty(), ROTATED.plus(Duration.ofHours(1))))
                    .isEqualTo(new Rotation.Reused(grantId()));
        }

        @Test
        void aSecondRetryWithinTheGraceIsReuse() {
            RefreshToken retriedOnce = retired.retriedAt(ROTATED.plusSeconds(1));

            assertThat(retriedOnce.rotate(CLIENT, Optional.empty(), ROTATED.plusSeconds(2)))
                    .isEqualTo(new Rotation.Reused(grantId()));
            assertThat(retriedOnce.rotate(CLIENT, Optional.empty(), ROTATED.plusSeconds(1)))
                    .as("even at the very moment of the retry").isEqualTo(new Rotation.Reused(grantId()));
        }

        @Test
        void aRetriedTokenAfterTheGraceIsReuse() {
            RefreshToken retriedOnce = retired.retriedAt(ROTATED.plusSeconds(1));

            assertThat(retriedOnce.rotate(CLIENT, Optional.empty(), ROTATED.plus(Duration.ofHours(1))))
                    .isEqualTo(new Rotation.Reused(grantId()));
        }

        @Test
        void aSecondRetryIsReuseWhoeverPresentsItAndWhateverTheScopes() {
            RefreshToken retriedOnce = retired.retriedAt(ROTATED.plusSeconds(1));

            assertThat(retriedOnce.rotate(OTHER_CLIENT, Optional.empty(), ROTATED.plusSeconds(2)))
                    .isEqualTo(new Rotation.Reused(grantId()));
            assertThat(retriedOnce.rotate(CLIENT, Optional.of(Scopes.all()), ROTATED.plusSeconds(2)))
                    .isEqualTo(new Rotation.Reused(grantId()));
        }

        @Test
        void reuseNamesTheGrantToRevoke() {
            assertThat(retired.rotate(CLIENT, Optional.empty(), ROTATED.plusSeconds(11)))
                    .isInstanceOfSatisfying(Rotation.Reused.class, r -> assertThat(r.grant()).isEqualTo(retired.grant()));
        }

        @Test
        void reuseIsDetectedWhateverTheRequestedScopes() {
            RefreshToken readOnly = refreshToken(READ).rotatedAt(ROTATED);

            assertThat(readOnly.rotate(CLIENT, Optional.of(Scopes.all()), ROTATED.plusSeconds(11)))
                    .isEqualTo(new Rotation.Reused(grantId()));
            assertThat(readOnly.rotate(CLIENT, Optional.of(READ), ROTATED.plusSeconds(11)))
                    .isEqualTo(new Rotation.Reused(grantId()));
        }

        @Test
        void reuseIsDetectedEvenAfterExpiry() {
            assertThat(retired.rotate(CLIENT, Optional.empty(), retired.expiresAt().plusSeconds(1)))
                    .isEqualTo(new Rotation.Reused(grantId()));
        }

        @Test
        void aRetryWithinTheGraceStillObeysTheScopeRule() {
            RefreshToken readOnly = refreshToken(READ).rotatedAt(ROTATED);

            assertRejected(readOnly.rotate(CLIENT, Optional.of(Scopes.all()), ROTATED.plusSeconds(1)),
                    OAuthErrorCode.INVALID_SCOPE, "widen");
            assertThat(retired.rotate(CLIENT, Optional.of(READ), ROTATED.plusSeconds(1)))
                    .isEqualTo(new Rotation.Rotated(retired, READ, true));
        }

        @Test
        void aRetryWithinTheGraceStillNeedsTheSameClient() {
            assertRejected(retired.rotate(OTHER_CLIENT, Optional.empty(), ROTATED.plusSeconds(1)),
                    OAuthErrorCode.INVALID_GRANT, "another client");
        }

        @Test
        void aRetryWithinTheGraceOfAnExpiredTokenIsExpired() {
            RefreshToken token = refreshToken();
            RefreshToken retiredAtExpiry = token.rotatedAt(token.expiresAt().minusSeconds(1));

            assertRejected(retiredAtExpiry.rotate(CLIENT, Optional.empty(), token.expiresAt().plusSeconds(1)),
                    OAuthErrorCode.INVALID_GRANT, "expired");
        }
    }

    @Nested
    class Outcomes {

        @Test
        void rejectedCarriesItsError() {
            OAuthError error = OAuthError.invalidGrant("why");

            assertThat(Rotation.rejected(error)).isEqualTo(new Rotation.Rejected(error));
        }

        @Test
        void everyOutcomeRequiresItsParts() {
            assertThatThrownBy(() -> new Rotation.Rotated(null, READ, false)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new Rotation.Rotated(refreshToken(), null, false)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new Rotation.Rejected(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new Rotation.Reused(null)).isInstanceOf(NullPointerException.class);
        }
    }
}
