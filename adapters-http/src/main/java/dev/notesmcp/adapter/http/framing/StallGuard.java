package dev.notesmcp.adapter.http.framing;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A read timeout for request bodies. Helidon 4.3 applies no read timeout to accepted sockets
 * ({@code SocketOptions.readTimeout} is for clients), and its idle-connection check never interrupts
 * a request in progress, so a body that stops arriving would hold its connection forever. Each
 * blocking read is armed here; a sweep a few times per timeout interrupts the thread of any read that
 * has been waiting longer than the timeout, which aborts a socket read on a virtual thread (Helidon's
 * default). A read is cut off after between one and 1¼ timeouts.
 *
 * <p>Why a sweep and not one scheduled task per read: scheduling and cancelling a task wakes the
 * scheduler's thread each time, one context switch per read, which cost a fifth of {@code /mcp}'s
 * throughput on two cores (bench/README.md). Arming is now two operations on a concurrent set.
 */
final class StallGuard {

    private static final ScheduledThreadPoolExecutor SWEEPER = sweeper();
    private static final long MAX_SWEEP_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final long timeoutNanos;
    private final Set<Alarm> armed = ConcurrentHashMap.newKeySet();

    StallGuard(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the read timeout must be positive, not " + timeout);
        }
        this.timeoutNanos = timeout.toNanos();
        long period = Math.max(1, Math.min(MAX_SWEEP_NANOS, timeoutNanos / 4));
        SWEEPER.scheduleAtFixedRate(this::sweep, period, period, TimeUnit.NANOSECONDS);
    }

    /** Arms the alarm for one read by the current thread; disarm it with {@link Alarm#disarm()} in a finally. */
    Alarm arm() {
        Alarm alarm = new Alarm(this, Thread.currentThread(), System.nanoTime() + timeoutNanos);
        armed.add(alarm);
        return alarm;
    }

    private void sweep() {
        long now = System.nanoTime();
        for (Alarm alarm : armed) {
            if (now - alarm.deadline >= 0) {
                alarm.ring();
            }
        }
    }

    /** One armed read. The lock makes "rang" and "disarmed" exclusive, so no stray interrupt survives. */
    static final class Alarm {
        private final StallGuard guard;
        private final Thread reader;
        private final long deadline;
        private final ReentrantLock lock = new ReentrantLock();
        private boolean settled;
        private boolean rang;

        private Alarm(StallGuard guard, Thread reader, long deadline) {
            this.guard = guard;
            this.reader = reader;
            this.deadline = deadline;
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
            guard.armed.remove(this);
        }

        /** @return whether the read ran out of time (its thread's interrupt is then cleared) */
        boolean disarm() {
            guard.armed.remove(this);
            lock.lock();
            try {
                settled = true;
                if (rang) {
                    Thread.interrupted();
                }
                return rang;
            } finally {
                lock.unlock();
            }
        }
    }

    private static ScheduledThreadPoolExecutor sweeper() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "notes-mcp-body-read-timeout");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }
}
