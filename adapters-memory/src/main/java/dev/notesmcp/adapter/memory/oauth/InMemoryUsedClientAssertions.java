package dev.notesmcp.adapter.memory.oauth;

import dev.notesmcp.application.port.out.UsedClientAssertions;
import dev.notesmcp.domain.oauth.TokenHash;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Used client assertions in memory. {@code putIfAbsent} makes the first use atomic; expired
 * entries are swept at most once a {@link #SWEEP_INTERVAL}, by whichever call comes first after it.
 */
public final class InMemoryUsedClientAssertions implements UsedClientAssertions {

    static final Duration SWEEP_INTERVAL = Duration.ofMinutes(1);

    private final ConcurrentMap<TokenHash, Instant> usedUntil = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> lastSweep;
    private final Clock clock;

    public InMemoryUsedClientAssertions(Clock clock) {
        this.clock = clock;
        this.lastSweep = new AtomicReference<>(clock.instant());
    }

    @Override
    public boolean firstUse(TokenHash assertion, Instant expiresAt) {
        Instant now = clock.instant();
        Instant last = lastSweep.get();
        if (!now.isBefore(last.plus(SWEEP_INTERVAL)) && lastSweep.compareAndSet(last, now)) {
            usedUntil.values().removeIf(until -> !until.isAfter(now));
        }
        return usedUntil.putIfAbsent(assertion, expiresAt) == null;
    }

    int size() {
        return usedUntil.size();
    }
}
