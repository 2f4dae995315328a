package dev.notesmcp.application.port.out;

import dev.notesmcp.domain.oauth.PendingAuthorization;
import dev.notesmcp.domain.oauth.TokenHash;

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

    /** Waits for the upstream login, under the hash of our upstream {@code state}. */
    void awaitLogin(TokenHash state, PendingAuthorization pending);

    /** Takes it out at the callback: at most one caller gets it. */
    Optional<PendingAuthorization> takeForLogin(TokenHash state);
}
