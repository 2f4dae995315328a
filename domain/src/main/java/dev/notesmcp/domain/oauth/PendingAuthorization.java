package dev.notesmcp.domain.oauth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An authorization request waiting for the user: first for their decision on our consent page
 * (found by {@code id}, guarded by a CSRF token kept as a hash), then for the upstream login
 * (found by the hash of our upstream {@code state}). Each step takes it out of the store, so
 * nothing can be replayed.
 */
public record PendingAuthorization(String id, AuthorizationRequest request, TokenHash csrfHash, Instant expiresAt) {

    /** How long a person has to decide and sign in. */
    public static final Duration LIFETIME = Duration.ofMinutes(10);

    public PendingAuthorization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(csrfHash, "csrfHash");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
