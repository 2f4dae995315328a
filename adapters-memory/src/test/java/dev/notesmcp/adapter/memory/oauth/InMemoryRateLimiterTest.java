package dev.notesmcp.adapter.memory.oauth;

import dev.notesmcp.domain.oauth.RateLimit;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryRateLimiterTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final RateLimit THREE_PER_MINUTE = RateLimit.perMinute(3);

    private final InMemoryRateLimiter limiter = new InMemoryRateLimiter();

    @Test
    void grantsThePermitsThenSaysHowLongToWait() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("k", THREE_PER_MINUTE, T0.plusSeconds(i))).isEmpty();
        }

        assertThat(limiter.tryAcquire("k", THREE_PER_MINUTE, T0.plusSeconds(20))).hasValue(Duration.ofSeconds(40));
    }

    @Test
    void aNewWindowStartsAfresh() {
        for (int i = 0; i < 4; i++) {
            limiter.tryAcquire("k", THREE_PER_MINUTE, T0);
        }

        assertThat(limiter.tryAcquire("k", THREE_PER_MINUTE, T0.plusSeconds(60))).isEmpty();
    }

    @Test
    void keysAreCountedApart() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("a", THREE_PER_MINUTE, T0);
        }

        assertThat(limiter.tryAcquire("b", THREE_PER_MINUTE, T0)).isEmpty();
        assertThat(limiter.tryAcquire("a", THREE_PER_MINUTE, T0)).isPresent();
    }

    @Test
    void concurrentRequestsNeverGetMoreThanThePermits() throws InterruptedException {
        RateLimit limit = RateLimit.perMinute(25);
        AtomicInteger granted = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < 200; i++) {
                pool.submit(() -> {
                    if (limiter.tryAcquire("k", limit, T0).isEmpty()) {
                        granted.incrementAndGet();
                    }
                });
            }
        }

        assertThat(granted).hasValue(25);
    }
}
