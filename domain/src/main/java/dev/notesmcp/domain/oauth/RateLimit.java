package dev.notesmcp.domain.oauth;

import java.time.Duration;
import java.util.Objects;

/** At most {@code permits} requests per {@code window} from one client address. */
public record RateLimit(int permits, Duration window) {

    public RateLimit {
        Objects.requireNonNull(window, "window");
        if (permits < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a rate limit needs at least one permit per positive window");
        }
    }

    public static RateLimit perMinute(int permits) {
        return new RateLimit(permits, Duration.ofMinutes(1));
    }
}
