package dev.notesmcp.bootstrap;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ShutdownLogHoldBackTest {

    private final Thread hook = Thread.ofPlatform().unstarted(() -> { });

    @Test
    void aCloseWaitsUntilTheHookIsDone() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Thread closer = Thread.ofPlatform().start(new ShutdownLogHoldBack(hook, done, Duration.ofMinutes(5))::close);

        closer.join(Duration.ofMillis(200));
        assertThat(closer.isAlive()).as("still held back while the hook runs").isTrue();

        done.countDown();
        closer.join(Duration.ofSeconds(30));
        assertThat(closer.isAlive()).isFalse();
    }

    @Test
    void aCloseReturnsAfterItsBoundWhenTheHookNeverEnds() throws InterruptedException {
        // A LogManager.reset() outside shutdown, or a hook stuck on a dead store: the caller is not held for ever.
        CountDownLatch neverDone = new CountDownLatch(1);
        Thread closer = Thread.ofPlatform().start(new ShutdownLogHoldBack(hook, neverDone, Duration.ofMillis(50))::close);

        closer.join(Duration.ofSeconds(30));
        assertThat(closer.isAlive()).isFalse();
        assertThat(neverDone.getCount()).isEqualTo(1);
    }

    @Test
    void theHookItselfIsNeverHeldBack() throws InterruptedException {
        CountDownLatch neverDone = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        Thread[] self = new Thread[1];
        self[0] = Thread.ofPlatform().unstarted(() -> {
            new ShutdownLogHoldBack(self[0], neverDone, Duration.ofMinutes(5)).close();
            closed.countDown();
        });
        self[0].start();

        assertThat(closed.await(30, TimeUnit.SECONDS)).isTrue();
    }
}
