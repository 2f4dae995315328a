package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.identity.UpstreamSignIn;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.token.Scopes;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.notesmcp.domain.oauth.OAuthFixtures.CHALLENGE;
import static dev.notesmcp.domain.oauth.OAuthFixtures.CLIENT;
import static dev.notesmcp.domain.oauth.OAuthFixtures.NOW;
import static dev.notesmcp.domain.oauth.OAuthFixtures.REDIRECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PendingAuthorizationTest {

    private static final AuthorizationRequest REQUEST = new AuthorizationRequest(CLIENT, REDIRECT, Scopes.all(),
            Optional.of("s"), CHALLENGE);

    private static PendingAuthorization forConsent() {
        return new PendingAuthorization("id-1", REQUEST, OpaqueToken.random().hash(),
                NOW.plus(PendingAuthorization.LIFETIME));
    }

    @Test
    void waitsForConsentWithoutASignIn() {
        assertThat(forConsent().signIn()).isEmpty();
        assertThat(forConsent().presumedUser()).isEmpty();
    }

    @Test
    void recordsTheChosenSignInAndKeepsEverythingElse() {
        PendingAuthorization pending = forConsent();
        UpstreamSignIn signIn = UpstreamSignIn.start("github");

        PendingAuthorization signingIn = pending.signingInWith(signIn);

        assertThat(signingIn.signIn()).contains(signIn);
        assertThat(signingIn).isEqualTo(new PendingAuthorization(pending.id(), pending.request(), pending.csrfHash(),
                pending.expiresAt(), Optional.empty(), Optional.of(signIn)));
    }

    @Test
    void onlyARequestWithASignInCanWaitForTheLogin() {
        UpstreamSignIn signIn = UpstreamSignIn.start("dev");

        assertThat(forConsent().signingInWith(signIn).awaitedSignIn()).isEqualTo(signIn);
        assertThatThrownBy(() -> forConsent().awaitedSignIn()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRememberedUserSignsInWithTheirOwnProvider() {
        UserId remembered = new UserId("github:42");

        assertThat(new PendingAuthorization("id", REQUEST, OpaqueToken.random().hash(), NOW, Optional.of(remembered),
                Optional.of(UpstreamSignIn.start("github"))).presumedUser()).contains(remembered);
        assertThatThrownBy(() -> new PendingAuthorization("id", REQUEST, OpaqueToken.random().hash(), NOW,
                Optional.of(remembered), Optional.of(UpstreamSignIn.start("gitlab"))))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void expiresAtTheEndOfItsLifetime() {
        PendingAuthorization pending = forConsent();

        assertThat(pending.isExpiredAt(NOW.plus(PendingAuthorization.LIFETIME).minusNanos(1))).isFalse();
        assertThat(pending.isExpiredAt(NOW.plus(PendingAuthorization.LIFETIME))).isTrue();
    }
}
