package dev.notesmcp.bootstrap;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * A root log handler that writes nothing and, when closed by any thread but our shutdown hook,
 * waits until the hook is {@code done} — at most {@code bound}. The JDK's own hook resets
 * java.util.logging concurrently with ours (JDK-8161253), closing every root handler; installed
 * first, this one holds that reset back so the shutdown lines are still written (the workaround
 * Helidon's own hook uses). The bound is what keeps a {@code LogManager.reset()} outside shutdown,
 * or a hook stuck on a dead store, from hanging its caller for ever.
 */
final class ShutdownLogHoldBack extends Handler {

    private final Thread hook;
    private final CountDownLatch done;
    private final Duration bound;

    ShutdownLogHoldBack(Thread hook, CountDownLatch done, Duration bound) {
        this.hook = hook;
        this.done = done;
        this.bound = bound;
    }

    @Override
    public void publish(LogRecord logRecord) {
        // waits only, never writes
    }

    @Override
    public void flush() {
        // nothing held
    }

    @Override
    public void close() {
        if (Thread.currentThread() == hook) {
            return;
        }
        try {
            done.await(bound.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
