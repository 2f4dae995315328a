package dev.notesmcp.bootstrap.audit;

import dev.notesmcp.adapter.memory.audit.InMemoryAuditLog;
import dev.notesmcp.application.port.out.AuditLog;
import dev.notesmcp.application.port.out.Metrics;
import dev.notesmcp.domain.audit.AuditDetail;
import dev.notesmcp.domain.audit.AuditEvent;
import dev.notesmcp.domain.audit.AuditEventKind;
import dev.notesmcp.domain.audit.AuditQuery;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedAuditWriterTest {

    private static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");
    private final AtomicInteger dropped = new AtomicInteger();
    private final Metrics metrics = new CountingDrops(dropped);

    private static AuditEvent event(int second) {
        return AuditEvent.of(T0.plusSeconds(second), AuditEventKind.TOKEN_ISSUED);
    }

    @Test
    void everySinkGetsEveryEventAndFindReadsTheStore() {
        InMemoryAuditLog store = new InMemoryAuditLog();
        InMemoryAuditLog other = new InMemoryAuditLog();
        try (BoundedAuditWriter writer = new BoundedAuditWriter(List.of(store, other), store, metrics, 10)) {
            writer.record(event(1));
            writer.record(event(2));
        }

        assertThat(store.find(AuditQuery.latest(10))).containsExactly(event(2), event(1));
        assertThat(other.find(AuditQuery.latest(10))).containsExactly(event(2), event(1));
        assertThat(dropped).hasValue(0);
    }

    @Test
    void theStampRunsOnTheRecordingThreadBeforeTheQueue() {
        InMemoryAuditLog store = new InMemoryAuditLog();
        Thread recording = Thread.currentThread();
        try (BoundedAuditWriter writer = new BoundedAuditWriter(List.of(store), store, metrics, 10,
                event -> event.with(AuditDetail.OUTCOME, Thread.currentThread() == recording ? "recorder" : "writer"))) {
            writer.record(event(1));
        }

        assertThat(store.find(AuditQuery.latest(10))).containsExactly(event(1).with(AuditDetail.OUTCOME, "recorder"));
    }

    @Test
    void aFullQueueDropsAndCountsWithoutBlocking() throws InterruptedException {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        InMemoryAuditLog store = new InMemoryAuditLog();
        AuditLog slow = new Blocking(store, entered, release);
        try (BoundedAuditWriter writer = new BoundedAuditWriter(List.of(slow), store, metrics, 1)) {
            writer.record(event(1));
            entered.await();
            writer.record(event(2));
            writer.record(event(3));
            writer.record(event(4));

            assertThat(dropped).hasValue(2);
            release.countDown();
        }
        assertThat(store.find(AuditQuery.latest(10))).containsExactly(event(2), event(1));
    }

    @Test
    void eventsThatPiledUpWhileTheSinkWasBusyAreHandedOverAsOneBatchInOrder() throws InterruptedException {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        InMemoryAuditLog store = new InMemoryAuditLog();
        List<Integer> batchSizes = new java.util.concurrent.CopyOnWriteArrayList<>();
        AuditLog counting = new BatchCounting(new Blocking(store, entered, release), batchSizes);
        try (BoundedAuditWriter writer = new BoundedAuditWriter(List.of(counting), store, metrics, 10)) {
            writer.record(event(1));
            entered.await();
            for (int second = 2; second <= 6; second++) {
                writer.record(event(second));
            }
            release.countDown();
        }

        assertThat(batchSizes).containsExactly(1, 5);
        assertThat(recorded(store)).containsExactly(event(6), event(5), event(4), event(3), event(2), event(1));
        assertThat(dropped).hasValue(0);
    }

    @Test
    void aFailingSinkDoesNotStopTheOthers() {
        InMemoryAuditLog store = new InMemoryAuditLog();
        AuditLog broken = new Blocking(null, new CountDownLatch(1), new CountDownLatch(0));
        try (BoundedAuditWriter writer = new BoundedAuditWriter(List.of(broken, store), store, metrics, 10)) {
            writer.record(event(1));
        }

        assertThat(recorded(store)).containsExactly(event(1));
    }

    private static List<AuditEvent> recorded(InMemoryAuditLog store) {
        return store.find(AuditQuery.latest(10));
    }

    /** Enters, waits for the release, then writes to {@code target} (or fails when there is none). */
    private record Blocking(InMemoryAuditLog target, CountDownLatch entered, CountDownLatch release)
            implements AuditLog {

        @Override
        public void record(AuditEvent event) {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (target == null) {
                throw new IllegalStateException("store down");
            }
            target.record(event);
        }

        @Override
        public List<AuditEvent> find(AuditQuery query) {
            return List.of();
        }

        @Override
        public int removeOlderThan(Instant cutoff) {
            return 0;
        }
    }

    /** Remembers the size of every batch, then records it event by event into {@code target}. */
    private record BatchCounting(AuditLog target, List<Integer> sizes) implements AuditLog {

        @Override
        public void record(AuditEvent event) {
            recordAll(List.of(event));
        }

        @Override
        public void recordAll(List<AuditEvent> events) {
            sizes.add(events.size());
            events.forEach(target::record);
        }

        @Override
        public List<AuditEvent> find(AuditQuery query) {
            return List.of();
        }

        @Override
        public int removeOlderThan(Instant cutoff) {
            return 0;
        }
    }

    private static final class CountingDrops implements Metrics {
        private final AtomicInteger dropped;

        CountingDrops(AtomicInteger dropped) {
            this.dropped = dropped;
        }

        @Override
        public void auditEventDropped() {
            dropped.incrementAndGet();
        }

        @Override
        public void requestServed(String method, String route, int status, java.time.Duration duration) {
        }

        @Override
        public void toolCalled(String tool, ToolCallOutcome outcome, java.time.Duration duration) {
        }

        @Override
        public void signIn(String provider, SignInOutcome outcome) {
        }

        @Override
        public void tokenRequest(TokenOperation operation, java.util.Optional<dev.notesmcp.domain.oauth.OAuthErrorCode> error) {
        }

        @Override
        public StoreCallTimer storeCalls(String store, String operation) {
            return Metrics.None.INSTANCE;
        }
    }
}
