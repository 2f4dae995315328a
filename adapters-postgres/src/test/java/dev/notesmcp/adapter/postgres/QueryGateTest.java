package dev.notesmcp.adapter.postgres;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The gate in front of the stores' queries, on a clock the test moves. */
@Timeout(30) // a broken hand-over would leave a waiter parked and a spin below waiting for it forever
class QueryGateTest {

    private static final long TIMEOUT = 1_000;

    private final AtomicLong clock = new AtomicLong();
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private QueryGate gate(int permits) {
        return new QueryGate(permits, TIMEOUT, clock::get);
    }

    /** Enters on another thread and returns once it is queued (the gate had no permit for it). */
    private Future<Boolean> queuedEnter(QueryGate gate, String name) throws InterruptedException {
        return queuedEnter(gate, new CopyOnWriteArrayList<>(), name);
    }

    /** As above, adding the name to {@code admitted} once the gate lets it in. */
    private Future<Boolean> queuedEnter(QueryGate gate, List<String> admitted, String name) throws InterruptedException {
        int before = gate.waiting();
        Future<Boolean> entered = threads.submit(() -> {
            boolean in = gate.enter();
            if (in) {
                admitted.add(name);
            }
            return in;
        });
        while (gate.waiting() == before) {
            Thread.onSpinWait();
        }
        return entered;
    }

    @Test
    void admitsAsManyAsItHasPermitsAtOnceAndTheNextWhenOneIsReturned() throws Exception {
        QueryGate gate = gate(2);
        assertThat(gate.enter()).isTrue();
        assertThat(gate.enter()).isTrue();
        assertThat(gate.free()).isZero();

        Future<Boolean> third = queuedEnter(gate, "third");
        assertThat(third).isNotDone();

        gate.leave();
        assertThat(third.get()).isTrue();
        assertThat(gate.free()).isZero();
        assertThat(gate.waiting()).isZero();
    }

    @Test
    void waitersAreAdmittedInTheOrderTheyCame() throws Exception {
        QueryGate gate = gate(1);
        gate.enter();
        List<String> admitted = new CopyOnWriteArrayList<>();
        Future<Boolean> first = queuedEnter(gate, admitted, "first");
        Future<Boolean> second = queuedEnter(gate, admitted, "second");

        gate.leave();
        assertThat(first.get()).isTrue();
        assertThat(second).isNotDone();
        gate.leave();
        assertThat(second.get()).isTrue();
        assertThat(admitted).containsExactly("first", "second");
    }

    @Test
    void aPermitReturnedWhileNobodyWaitsIsFreeAndNobodyBargesPastAWaiter() throws Exception {
        QueryGate gate = gate(1);
        gate.enter();
        gate.leave();
        assertThat(gate.free()).isEqualTo(1);

        gate.enter();
        Future<Boolean> waiter = queuedEnter(gate, "waiter");
        gate.leave(); // promised to the waiter, not freed
        assertThat(gate.free()).isZero();
        assertThat(waiter.get()).isTrue();
    }

    @Test
    void aWaiterIsRefusedAtTheFirstTickOnceItsTimeoutHasPassed() throws Exception {
        QueryGate gate = gate(1);
        gate.enter();
        Future<Boolean> waiter = queuedEnter(gate, "waiter");

        clock.set(TIMEOUT - 1);
        assertThat(gate.expire()).isZero();
        assertThat(waiter).isNotDone();

        clock.set(TIMEOUT);
        assertThat(gate.expire()).isEqualTo(1);
        assertThat(waiter.get()).isFalse();
        assertThat(gate.waiting()).isZero();

        gate.leave(); // the holder's permit is free again: the refused waiter never took one
        assertThat(gate.free()).isEqualTo(1);
    }

    @Test
    void aTickRefusesOnlyTheWaitersPastTheirDeadline() throws Exception {
        QueryGate gate = gate(1);
        gate.enter();
        Future<Boolean> early = queuedEnter(gate, "early");
        clock.set(TIMEOUT / 2);
        Future<Boolean> late = queuedEnter(gate, "late");

        clock.set(TIMEOUT);
        assertThat(gate.expire()).isEqualTo(1);
        assertThat(early.get()).isFalse();
        assertThat(late).isNotDone();

        gate.leave();
        assertThat(late.get()).isTrue();
    }

    @Test
    void anInterruptedWaiterLeavesTheQueueWithoutAPermit() throws Exception {
        QueryGate gate = gate(1);
        gate.enter();
        Future<Boolean> waiter = queuedEnter(gate, "waiter");

        waiter.cancel(true);
        while (gate.waiting() != 0) {
            Thread.onSpinWait();
        }
        gate.leave();
        assertThat(gate.free()).isEqualTo(1);
    }

    @Test
    void refusesAGateWithoutPermits() {
        assertThatThrownBy(() -> gate(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
