package dev.notesmcp.adapter.postgres;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * A fair gate of a fixed number of permits whose waiters park <em>without a timer</em>; their
 * deadlines are enforced by {@link #expire()}, which {@link PostgresPool} calls on a steady tick.
 *
 * <p>Why not {@code Semaphore.tryAcquire(timeout)}: on PostgreSQL most queries wait here (32
 * requests, 8 permits), and each timed park of a virtual thread registers a timer with the
 * scheduler's delay queue and cancels it when the permit comes first, waking the delay scheduler's
 * platform thread both times. Measured in alternating runs (bench/README.md, decision 28): a mean of
 * 111.5 → 95.1 µs of server CPU per shared {@code list_notes}, most of it system time. A waiter is admitted in
 * arrival order; a waiter whose deadline passed is refused at the next tick, so a refusal comes
 * at most one tick late.
 */
final class QueryGate {

    private enum State { WAITING, ADMITTED, REFUSED }

    private static final class Waiter {
        final Thread thread = Thread.currentThread();
        final long deadline;
        volatile State state = State.WAITING;

        Waiter(long deadline) {
            this.deadline = deadline;
        }
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Waiter> waiting = new ArrayDeque<>();
    private final long timeoutNanos;
    private final LongSupplier nanoTime;
    private int free;

    /** @param nanoTime the clock deadlines are read on ({@code System::nanoTime}; a test's own) */
    QueryGate(int permits, long timeoutNanos, LongSupplier nanoTime) {
        if (permits < 1 || timeoutNanos < 0) {
            throw new IllegalArgumentException("a gate needs at least one permit and a timeout of zero or more");
        }
        this.free = permits;
        this.timeoutNanos = timeoutNanos;
        this.nanoTime = nanoTime;
    }

    /**
     * Takes a permit, waiting behind earlier callers; false when the timeout passed first.
     *
     * @throws InterruptedException when interrupted while waiting (no permit is then held)
     */
    boolean enter() throws InterruptedException {
        Waiter waiter;
        lock.lock();
        try {
            if (free > 0 && waiting.isEmpty()) { // nobody barges past a waiter
                free--;
                return true;
            }
            waiter = new Waiter(nanoTime.getAsLong() + timeoutNanos);
            waiting.addLast(waiter);
        } finally {
            lock.unlock();
        }
        boolean interrupted = false;
        while (true) {
            LockSupport.park(this);
            State state = waiter.state;
            if (state == State.WAITING && Thread.interrupted()) {
                if (withdraw(waiter)) {
                    throw new InterruptedException("interrupted waiting for a database permit");
                }
                interrupted = true; // a permit or a refusal came first: the caller keeps both
                state = waiter.state;
            }
            if (state != State.WAITING) {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
                return state == State.ADMITTED;
            }
        }
    }

    /** Returns a permit: to the longest waiter if there is one. */
    void leave() {
        Waiter next;
        lock.lock();
        try {
            next = waiting.pollFirst();
            if (next == null) {
                free++;
                return;
            }
            next.state = State.ADMITTED;
        } finally {
            lock.unlock();
        }
        LockSupport.unpark(next.thread);
    }

    /** Refuses every waiter whose deadline has passed; returns how many. */
    int expire() {
        long now = nanoTime.getAsLong();
        List<Waiter> late = new ArrayList<>();
        lock.lock();
        try {
            // One timeout for all, so deadlines rise from the head: stop at the first still in time.
            while (!waiting.isEmpty() && waiting.peekFirst().deadline - now <= 0) {
                Waiter waiter = waiting.pollFirst();
                waiter.state = State.REFUSED;
                late.add(waiter);
            }
        } finally {
            lock.unlock();
        }
        late.forEach(waiter -> LockSupport.unpark(waiter.thread));
        return late.size();
    }

    /** Permits free right now (not counting those promised to a waiter). */
    int free() {
        lock.lock();
        try {
            return free;
        } finally {
            lock.unlock();
        }
    }

    /** Callers waiting right now. */
    int waiting() {
        lock.lock();
        try {
            return waiting.size();
        } finally {
            lock.unlock();
        }
    }

    /** True when the waiter left the queue; false when a permit or a refusal reached it first. */
    private boolean withdraw(Waiter waiter) {
        lock.lock();
        try {
            if (waiter.state != State.WAITING) {
                return false;
            }
            waiting.remove(waiter);
            waiter.state = State.REFUSED;
            return true;
        } finally {
            lock.unlock();
        }
    }
}
