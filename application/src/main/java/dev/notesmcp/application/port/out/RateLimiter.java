package dev.notesmcp.application.port.out;

import dev.notesmcp.domain.oauth.RateLimit;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Counts requests per key in fixed windows (short-lived state; shared across instances by Redis later). */
public interface RateLimiter {

    /**
     * Takes one permit for {@code key} under {@code limit}. Empty when granted; otherwise how long
     * until the window resets.
     */
    Optional<Duration> tryAcquire(String key, RateLimit limit, Instant now);
}
