package dev.notesmcp.adapter.redis;

import dev.notesmcp.domain.oauth.RateLimit;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class RedisRateLimiterTest {

    /** The Redis these tests run on; a subclass per topology overrides it. */
    protected RedisConnections redis() {
        return TestRedis.connections();
    }

    private static final int THREADS = 50;

    private final RedisRateLimiter limiter = new RedisRateLimiter(redis());

    private static String freshKey() {
        return "203.0.113." + UUID.randomUUID();
    }

    @Test
    void grantsUpToTheLimitThenSaysHowLongToWait() {
        String key = freshKey();
        RateLimit limit = new RateLimit(3, Duration.ofMinutes(1));

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire(key, limit, Instant.now())).isEmpty();
        }
        Optional<Duration> wait = limiter.tryAcquire(key, limit, Instant.now());

        assertThat(wait).hasValueSatisfying(d -> assertThat(d).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
    }

    @Test
    void keysAreCountedSeparately() {
        RateLimit limit = new RateLimit(1, Duration.ofMinutes(1));
        String first = freshKey();
        limiter.tryAcquire(first, limit, Instant.now());

        assertThat(limiter.tryAcquire(first, limit, Instant.now())).isPresent();
        assertThat(limiter.tryAcquire(freshKey(), limit, Instant.now())).isEmpty();
    }

    @Test
    void theLimitHoldsUnderFiftyConcurrentCallers() throws Exception {
        String key = freshKey();
        RateLimit limit = new RateLimit(10, Duration.ofMinutes(1));

        List<Optional<Duration>> results = concurrently(() -> limiter.tryAcquire(key, limit, Instant.now()));

        assertThat(results.stream().filter(Optional::isEmpty)).hasSize(10);
        assertThat(results.stream().filter(Optional::isPresent)).hasSize(THREADS - 10);
    }

    @Test
    void twoLimitersSharingRedisCountTogether() throws Exception {
        // a second client and connection, as a second server instance would have, on the same prefix
        try (RedisConnections other = RedisConnections.connect(
                redis().settings().withKeyPrefix(redis().settings().keyPrefix()))) {
            RedisRateLimiter second = new RedisRateLimiter(other);
            String key = freshKey();
            RateLimit limit = new RateLimit(20, Duration.ofMinutes(1));

            java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
            List<Optional<Duration>> results = concurrently(() -> {
                RedisRateLimiter which = calls.getAndIncrement() % 2 == 0 ? limiter : second;
                return which.tryAcquire(key, limit, Instant.now());
            });
            assertThat(results.stream().filter(Optional::isEmpty)).hasSize(20);

            assertThat(second.tryAcquire(key, limit, Instant.now())).isPresent();
            assertThat(limiter.tryAcquire(key, limit, Instant.now())).isPresent();
        }
    }

    @Test
    void laterRequestsDoNotRestartTheWindow() {
        String key = freshKey();
        RateLimit limit = new RateLimit(1, Duration.ofMinutes(1));
        limiter.tryAcquire(key, limit, Instant.now());
        // as if 50 of the window's 60 s had passed since its first request
        redis().call(commands -> commands.pexpire(redis().key("rate:60000:" + key), 10_000));

        Optional<Duration> wait = limiter.tryAcquire(key, limit, Instant.now());

        assertThat(wait).hasValueSatisfying(d -> assertThat(d).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(10)));
    }

    @Test
    void theWindowResets() throws Exception {
        String key = freshKey();
        RateLimit limit = new RateLimit(2, Duration.ofMillis(300));
        limiter.tryAcquire(key, limit, Instant.now());
        limiter.tryAcquire(key, limit, Instant.now());
        Optional<Duration> wait = limiter.tryAcquire(key, limit, Instant.now());
        assertThat(wait).hasValueSatisfying(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofMillis(300)));

        Thread.sleep(wait.orElseThrow().toMillis() + 100);

        assertThat(limiter.tryAcquire(key, limit, Instant.now())).isEmpty();
    }

    private static <T> List<T> concurrently(Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
