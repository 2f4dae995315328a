package dev.notesmcp.application.port.out;

import dev.notesmcp.domain.oauth.TokenHash;

import java.time.Instant;

/**
 * Client assertions already used (short-lived: an entry is needed only until the assertion
 * expires). Shared by every instance when the short-lived store is, so an assertion is accepted
 * once in the whole deployment.
 */
public interface UsedClientAssertions {

    /**
     * Records {@code assertion} as used until {@code expiresAt}, atomically; false when it was
     * already recorded (a replay).
     */
    boolean firstUse(TokenHash assertion, Instant expiresAt);
}
