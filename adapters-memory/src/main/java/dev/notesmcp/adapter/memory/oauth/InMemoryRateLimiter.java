package dev.notesmcp.adapter.memory.oauth;

import dev.notesmcp.application.port.out.RateLimiter;
import dev.notesmcp.domain.oauth.RateLimit;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Fixed-window counters in memory, one per key. A window's counter is replaced atomically when
 * the window has passed; stale keys are dropped when the map grows.
 */
public final class InMemoryRateLimiter implements RateLimiter {

    private static final int PURGE_THRESHOLD = 10_000;

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    @Override
    public Optional<Duration> tryAcquire(String key, RateLimit limit, Instant now) {
        if (windows.size() > PURGE_THRESHOLD) {
            windows.values().removeIf(window -> !now.isBefore(window.end()));
        }
        Window window = windows.compute(key, (k, current) -> current == null || !now.isBefore(current.end())
                ? new Window(now.plus(limit.window()), 1)
                : new Window(current.end(), current.count() + 1));
        if (window.count() <= limit.permits()) {
            return Optional.empty();
        }
        Duration wait = Duration.between(now, window.end());
        return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
    }

    private record Window(Instant end, int count) {
    }
}
