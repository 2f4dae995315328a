package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.identity.UserId;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An authorization request waiting for the user: first for their decision on our consent page
 * (found by {@code id}, guarded by a CSRF token kept as a hash), then for the upstream login
 * (found by the hash of our upstream {@code state}). Each step takes it out of the store, so
 * nothing can be replayed. {@code presumedUser} is set when the consent page was skipped because
 * this browser's remembered user had already agreed; the login must then turn out to be a user
 * whose consent covers the request.
 */
public record PendingAuthorization(String id, AuthorizationRequest request, TokenHash csrfHash, Instant expiresAt,
                                   Optional<UserId> presumedUser) {

    /** How long a person has to decide and sign in. */
    public static final Duration LIFETIME = Duration.ofMinutes(10);

    public PendingAuthorization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(csrfHash, "csrfHash");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(presumedUser, "presumedUser");
    }

    /** A request the user decides on our consent page. */
    public PendingAuthorization(String id, AuthorizationRequest request, TokenHash csrfHash, Instant expiresAt) {
        this(id, request, csrfHash, expiresAt, Optional.empty());
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
