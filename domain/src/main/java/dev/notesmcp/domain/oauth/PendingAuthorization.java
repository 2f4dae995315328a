package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.identity.UpstreamSignIn;
import dev.notesmcp.domain.identity.UserId;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An authorization request waiting for the user: first for their decision on our consent page
 * (found by {@code id}, guarded by a CSRF token kept as a hash), then for the upstream login
 * (found by the hash of the upstream {@code state} of {@code signIn}, which records the provider
 * the user chose and that login's other secrets). Each step takes it out of the store, so nothing
 * can be replayed. {@code presumedUser} is set when the consent page was skipped because this
 * browser's remembered user had already agreed; the sign-in then goes to that user's provider, and
 * the login must turn out to be a user whose consent covers the request.
 */
public record PendingAuthorization(String id, AuthorizationRequest request, TokenHash csrfHash, Instant expiresAt,
                                   Optional<UserId> presumedUser, Optional<UpstreamSignIn> signIn) {

    /** How long a person has to decide and sign in. */
    public static final Duration LIFETIME = Duration.ofMinutes(10);

    public PendingAuthorization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(csrfHash, "csrfHash");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(presumedUser, "presumedUser");
        Objects.requireNonNull(signIn, "signIn");
        if (presumedUser.isPresent() && signIn.isPresent() && !signIn.get().signsIn(presumedUser.get())) {
            throw new InvalidValueException("provider", "a remembered user signs in with their own provider");
        }
    }

    /** A request the user decides on our consent page. */
    public PendingAuthorization(String id, AuthorizationRequest request, TokenHash csrfHash, Instant expiresAt) {
        this(id, request, csrfHash, expiresAt, Optional.empty(), Optional.empty());
    }

    /** The same request, now waiting for the upstream sign-in {@code upstream}. */
    public PendingAuthorization signingInWith(UpstreamSignIn upstream) {
        return new PendingAuthorization(id, request, csrfHash, expiresAt, presumedUser, Optional.of(upstream));
    }

    /** The sign-in it waits for; a request without one cannot wait for a login (a caller's bug). */
    public UpstreamSignIn awaitedSignIn() {
        return signIn.orElseThrow(() -> new IllegalArgumentException(
                "only a request with an upstream sign-in can wait for the login"));
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
