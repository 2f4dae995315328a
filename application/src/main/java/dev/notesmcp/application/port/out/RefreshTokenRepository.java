package dev.notesmcp.application.port.out;

import dev.notesmcp.domain.oauth.RefreshToken;
import dev.notesmcp.domain.oauth.TokenHash;

import java.time.Instant;
import java.util.Optional;

/** Refresh tokens, by hash (durable). */
public interface RefreshTokenRepository {

    void add(RefreshToken token);

    Optional<RefreshToken> find(TokenHash hash);

    /**
     * Retires the token at {@code now} if nobody has yet: true for exactly one of any number of
     * concurrent callers (a compare-and-set on "not rotated").
     */
    boolean markRotated(TokenHash hash, Instant now);

    /**
     * Records the one grace-window retry of a rotated token at {@code now} if nobody has yet: true
     * for exactly one of any number of concurrent callers (a compare-and-set on "rotated and not
     * retried"); false for an unknown or unrotated token, which it leaves alone.
     */
    boolean markRetried(TokenHash hash, Instant now);
}
