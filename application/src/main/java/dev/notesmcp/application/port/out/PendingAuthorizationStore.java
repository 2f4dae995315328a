package dev.notesmcp.application.port.out;

import dev.notesmcp.domain.oauth.PendingAuthorization;

import java.util.Optional;

/**
 * Authorization requests in flight (short-lived, at most {@link PendingAuthorization#LIFETIME}).
 * A store may hand back an expired request before it gets round to dropping it; callers check
 * {@link PendingAuthorization#isExpiredAt}.
 */
public interface PendingAuthorizationStore {

    /** Waits for the consent decision, under {@code pending.id()}. */
    void awaitConsent(PendingAuthorization pending);

    /** Takes it out for the decision: at most one caller gets it. */
    Optional<PendingAuthorization> takeForConsent(String id);

    /**
     * Waits for the upstream login {@code pending.signIn()} (required), under the hash of its
     * {@code state}. The state itself is never kept: whoever reads the store cannot forge the
     * callback. The provider, nonce and PKCE verifier are kept as they are (they must be presented again).
     */
    void awaitLogin(PendingAuthorization pending);

    /**
     * Takes it out at the callback by the {@code state} that came back: at most one caller gets
     * it, with its sign-in whole again (that very state beside the kept provider, nonce and verifier).
     */
    Optional<PendingAuthorization> takeForLogin(String state);
}
