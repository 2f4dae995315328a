package dev.notesmcp.bootstrap;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * What SIGTERM does: runs the server's shutdown steps in order (stop accepting and finish the
 * requests already read within {@code SHUTDOWN_GRACE}, then the management listener, the audit
 * writer's flush, the pools), one log line per step, a failing step not stopping the next, and
 * flushes the log handlers last. It is the only JVM shutdown hook that touches the server:
 * Helidon's own is switched off ({@code WebServerConfig.shutdownHook(false)}) because it stopped
 * the listener with its own 0.5 s grace while this hook was already closing the pools.
 */
final class GracefulShutdown {

    /** One step of the sequence: what the log line says, and what it does. */
    record Step(String name, Runnable action) {
    }

    private static final System.Logger LOG = System.getLogger("notes-mcp");

    /** What the steps after the drain (flushing the audit trail, closing the pools) may take at most, for the log hold-back. */
    private static final Duration STEPS_AFTER_DRAINING = Duration.ofSeconds(10);

    private GracefulShutdown() {
    }

    /** Installs the hook for this server: SIGTERM (and a normal exit) stops it gracefully. */
    static void onSigterm(NotesMcpServer server) {
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = Thread.ofPlatform().name("notes-mcp-shutdown").unstarted(() -> {
            try {
                run(server.shutdownSteps(), true);
            } finally {
                done.countDown();
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        keepLoggingUntilDone(hook, done, server.shutdownGrace().plus(STEPS_AFTER_DRAINING));
    }

    /** Runs every step in order; {@code logged} writes one line per step (the hook does, tests need not). */
    static void run(List<Step> steps, boolean logged) {
        long started = System.nanoTime();
        for (Step step : steps) {
            long stepStarted = System.nanoTime();
            try {
                step.action().run();
                if (logged) {
                    LOG.log(Level.INFO, "shutdown: " + step.name() + " (" + millisSince(stepStarted) + " ms)");
                }
            } catch (RuntimeException e) {
                // Never the message: it could carry a URL with a password. The later steps still run.
                LOG.log(Level.WARNING, "shutdown: " + step.name() + " failed: " + e.getClass().getSimpleName());
            }
        }
        if (logged) {
            LOG.log(Level.INFO, "shutdown: complete in " + millisSince(started) + " ms");
        }
        flushLogHandlers();
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    /** An asynchronous handler (if one is installed) writes what it holds before the JVM ends. */
    private static void flushLogHandlers() {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            handler.flush();
        }
    }

    /**
     * Puts {@link ShutdownLogHoldBack} first among the root handlers. It waits for {@code done}, not
     * with {@code hook.join()}: the JVM starts the hooks one after the other, and a join on a hook not
     * started yet returns at once — the reset then removed our handler before the first shutdown line
     * (seen in GracefulShutdownIT, a few runs in twenty under load).
     */
    private static void keepLoggingUntilDone(Thread hook, CountDownLatch done, Duration bound) {
        Logger root = LogManager.getLogManager().getLogger("");
        Handler[] others = root.getHandlers();
        for (Handler handler : others) {
            root.removeHandler(handler);
        }
        root.addHandler(new ShutdownLogHoldBack(hook, done, bound));
        for (Handler handler : others) {
            root.addHandler(handler);
        }
    }
}
