package dev.notesmcp.adapter.http.framing;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A read timeout for request bodies. Helidon 4.3 applies no read timeout to accepted sockets
 * ({@code SocketOptions.readTimeout} is for clients), and its idle-connection check never interrupts
 * a request in progress, so a body that stops arriving would hold its connection forever. Each
 * blocking read is armed here: if it has not returned within the timeout, the reading thread is
 * interrupted, which aborts a socket read on a virtual thread (Helidon's default).
 */
final class StallGuard {

    private static final ScheduledThreadPoolExecutor ALARMS = alarms();

    private final long timeoutNanos;

    StallGuard(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the read timeout must be positive, not " + timeout);
        }
        this.timeoutNanos = timeout.toNanos();
    }

    /** Arms the alarm for one read by the current thread; disarm it with {@link Alarm#disarm()} in a finally. */
    Alarm arm() {
        Alarm alarm = new Alarm(Thread.currentThread());
        alarm.task = ALARMS.schedule(alarm::ring, timeoutNanos, TimeUnit.NANOSECONDS);
        return alarm;
    }

    /** One armed read. The lock makes "rang" and "disarmed" exclusive, so no stray interrupt survives. */
    static final class Alarm {
        private final Thread reader;
        private final ReentrantLock lock = new ReentrantLock();
        private ScheduledFuture<?> task;
        private boolean settled;
        private boolean rang;

        private Alarm(Thread reader) {
            this.reader = reader;
        }

        private void ring() {
            lock.lock();
            try {
                if (!settled) {
                    settled = true;
                    rang = true;
                    reader.interrupt();
                }
            } finally {
                lock.unlock();
            }
        }

        /** @return whether the read ran out of time (its thread's interrupt is then cleared) */
        boolean disarm() {
            lock.lock();
            try {
                settled = true;
                if (task != null) {
                    task.cancel(false);
                }
                if (rang) {
                    Thread.interrupted();
                }
                return rang;
            } finally {
                lock.unlock();
            }
        }
    }

    private static ScheduledThreadPoolExecutor alarms() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "notes-mcp-body-read-timeout");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }
}
