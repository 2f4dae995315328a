package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.token.Scopes;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A refresh token, as stored (by hash). Every use rotates it (OAuth 2.1 §4.3.1): the token
 * presented is retired and a successor issued. A retired token presented again within
 * {@link #GRACE} is a client retrying after a lost response and is rotated again, once: that one
 * retry is recorded ({@code retriedAt}), and any further presentation — a second retry within the
 * window, or anything after it — is theft, and the whole grant is revoked (RFC 9700 §4.14.2).
 */
public record RefreshToken(
        TokenHash hash,
        GrantId grant,
        ClientId client,
        UserId user,
        String login,
        Scopes scopes,
        Instant issuedAt,
        Instant expiresAt,
        Optional<Instant> rotatedAt,
        Optional<Instant> retriedAt) {

    /** How long a just-rotated token may still be retried. Short on purpose; documented in the README. */
    public static final Duration GRACE = Duration.ofSeconds(10);

    public RefreshToken {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(grant, "grant");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(scopes, "scopes");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(rotatedAt, "rotatedAt");
        Objects.requireNonNull(retriedAt, "retriedAt");
    }

    /** A token that has not been retried (yet). */
    public RefreshToken(TokenHash hash, GrantId grant, ClientId client, UserId user, String login, Scopes scopes,
                        Instant issuedAt, Instant expiresAt, Optional<Instant> rotatedAt) {
        this(hash, grant, client, user, login, scopes, issuedAt, expiresAt, rotatedAt, Optional.empty());
    }

    public static RefreshToken issue(TokenHash hash, GrantId grant, ClientId client, UserId user, String login,
                                     Scopes scopes, Instant now, Duration lifetime) {
        return new RefreshToken(hash, grant, client, user, login, scopes, now, now.plus(lifetime), Optional.empty());
    }

    public RefreshToken rotatedAt(Instant now) {
        return new RefreshToken(hash, grant, client, user, login, scopes, issuedAt, expiresAt, Optional.of(now),
                retriedAt);
    }

    /** This token after its one grace-window retry, at {@code now}. */
    public RefreshToken retriedAt(Instant now) {
        return new RefreshToken(hash, grant, client, user, login, scopes, issuedAt, expiresAt, rotatedAt,
                Optional.of(now));
    }

    /**
     * Decides a refresh request. {@code requested} may narrow the new access token's scopes, never
     * widen them; the successor refresh token keeps this token's scopes (RFC 6749 §6). Empty means
     * "the same as before".
     */
    public Rotation rotate(ClientId presenter, Optional<Scopes> requested, Instant now) {
        // Reuse first, whoever presents it: a retired token coming back after the grace window, or
        // again after its one retry, is the theft signal (RFC 9700 §4.14.2).
        if (rotatedAt.isPresent() && (retriedAt.isPresent() || now.isAfter(rotatedAt.get().plus(GRACE)))) {
            return new Rotation.Reused(grant);
        }
        if (!client.equals(presenter)) {
            return Rotation.rejected(OAuthError.invalidGrant("the refresh token was issued to another client"));
        }
        if (!now.isBefore(expiresAt)) {
            return Rotation.rejected(OAuthError.invalidGrant("the refresh token has expired"));
        }
        Scopes granted = requested.orElse(scopes);
        if (!scopes.values().containsAll(granted.values())) {
            return Rotation.rejected(OAuthError.of(OAuthErrorCode.INVALID_SCOPE,
                    "a refresh may narrow the scopes, never widen them"));
        }
        return new Rotation.Rotated(this, granted, rotatedAt.isPresent());
    }
}
