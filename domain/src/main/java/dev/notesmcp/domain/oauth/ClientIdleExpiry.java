package dev.notesmcp.domain.oauth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a registered client that nobody uses is removed (registration floods: claude.ai registers
 * twice per connection, other clients once per fresh connection). A client's use is recorded at
 * most once per {@link #USE_RECORDING_INTERVAL}, before any token is issued to it; so a client
 * still holding a live grant — a refresh or access token that has not expired — was used less
 * than the longest token lifetime plus that interval ago, and waiting at least that long after
 * its last recorded use means no removed client leaves a user with a working token.
 */
public record ClientIdleExpiry(Duration idle, Duration longestTokenLifetime) {

    /** Recording every token refresh would be a write on the hot path; once an hour is enough. */
    public static final Duration USE_RECORDING_INTERVAL = Duration.ofHours(1);

    public ClientIdleExpiry {
        Objects.requireNonNull(idle, "idle");
        Objects.requireNonNull(longestTokenLifetime, "longestTokenLifetime");
        if (idle.isNegative() || idle.isZero() || longestTokenLifetime.isNegative()) {
            throw new IllegalArgumentException("an idle expiry is positive and a token lifetime not negative");
        }
    }

    /** Clients whose last recorded use (or registration, if never used) is before this are removed. */
    public Instant idleSince(Instant now) {
        Duration outlivesTokens = longestTokenLifetime.plus(USE_RECORDING_INTERVAL);
        return now.minus(idle.compareTo(outlivesTokens) >= 0 ? idle : outlivesTokens);
    }

    /** Whether a use last recorded at {@code lastRecorded} need not be recorded again at {@code now}. */
    public static boolean recentlyRecorded(Instant lastRecorded, Instant now) {
        return lastRecorded.plus(USE_RECORDING_INTERVAL).isAfter(now);
    }
}
