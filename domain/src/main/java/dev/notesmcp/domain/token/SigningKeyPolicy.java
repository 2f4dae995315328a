package dev.notesmcp.domain.token;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a new key may sign and how long its predecessor stays. A new key is published
 * {@code publishAhead} before it signs: every instance re-reads the keys within that bound, so no
 * instance meets a token under a key it has not read yet. The predecessor signs until then and is
 * kept while a token it signed may be alive: {@code tokenLifetime} (the access-token TTL plus the
 * allowed clock skew) past the hand-over.
 */
public record SigningKeyPolicy(Duration publishAhead, Duration tokenLifetime) {

    public SigningKeyPolicy {
        Objects.requireNonNull(publishAhead, "publishAhead");
        Objects.requireNonNull(tokenLifetime, "tokenLifetime");
        if (publishAhead.isNegative() || tokenLifetime.isNegative() || tokenLifetime.isZero()) {
            throw new IllegalArgumentException("publishAhead must not be negative, tokenLifetime must be positive");
        }
    }

    /** When a key created at {@code now} signs; the very first key signs at once (nobody holds another). */
    public Instant activeFrom(Instant now, boolean first) {
        return first ? now : now.plus(publishAhead);
    }

    /** Until when the keys a successor active from {@code successorActiveFrom} replaces stay accepted. */
    public Instant predecessorsNotAfter(Instant successorActiveFrom) {
        return successorActiveFrom.plus(tokenLifetime);
    }
}
