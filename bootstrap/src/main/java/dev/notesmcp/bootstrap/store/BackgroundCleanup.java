package dev.notesmcp.bootstrap.store;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * A cleanup (expired rows, idle clients) run every minute on its own daemon thread, never in a
 * request. Closing it stops the thread.
 */
final class BackgroundCleanup implements AutoCloseable {

    static final Duration PERIOD = Duration.ofMinutes(1);
    private static final System.Logger LOG = System.getLogger(BackgroundCleanup.class.getName());

    private final ScheduledExecutorService scheduler;

    private BackgroundCleanup(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    static BackgroundCleanup start(String name, IntSupplier cleanup) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("notes-mcp-" + name).factory());
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                cleanup.getAsInt();
            } catch (RuntimeException e) {
                // An outage or a busy database: the next round tries again.
                LOG.log(System.Logger.Level.DEBUG, name + " cleanup skipped: " + e.getMessage());
            }
        }, PERIOD.toSeconds(), PERIOD.toSeconds(), TimeUnit.SECONDS);
        return new BackgroundCleanup(scheduler);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
