package dev.notesmcp.bootstrap.audit;

import dev.notesmcp.application.port.out.AuditLog;
import dev.notesmcp.application.port.out.Metrics;
import dev.notesmcp.domain.audit.AuditEvent;
import dev.notesmcp.domain.audit.AuditQuery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * The audit log the use cases see: {@link #record} only offers the event to a bounded queue and
 * returns; one daemon thread hands each event to every sink. A full queue drops the event and
 * counts it ({@link Metrics#auditEventDropped}); a failing sink (a database outage) loses that
 * event for that sink only. So auditing never slows or fails a request.
 */
public final class BoundedAuditWriter implements AuditLog, AutoCloseable {

    public static final int DEFAULT_CAPACITY = 10_000;
    private static final Duration DRAIN_ON_CLOSE = Duration.ofSeconds(2);
    private static final System.Logger LOG = System.getLogger(BoundedAuditWriter.class.getName());

    private final BlockingQueue<AuditEvent> queue;
    private final List<AuditLog> sinks;
    private final AuditLog readFrom;
    private final Metrics metrics;
    private final UnaryOperator<AuditEvent> stamp;
    private final Thread writer;
    private volatile boolean closing;

    /** {@code readFrom} answers {@link #find} and {@link #removeOlderThan} (the store, or {@link AuditLog#none()}). */
    public BoundedAuditWriter(List<AuditLog> sinks, AuditLog readFrom, Metrics metrics, int capacity) {
        this(sinks, readFrom, metrics, capacity, UnaryOperator.identity());
    }

    /** {@code stamp} completes each event on the recording thread, before the queue (what only that thread knows). */
    public BoundedAuditWriter(List<AuditLog> sinks, AuditLog readFrom, Metrics metrics, int capacity,
                              UnaryOperator<AuditEvent> stamp) {
        this.stamp = stamp;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.sinks = List.copyOf(sinks);
        this.readFrom = readFrom;
        this.metrics = metrics;
        this.writer = Thread.ofPlatform().daemon().name("notes-mcp-audit").start(this::drain);
    }

    @Override
    public void record(AuditEvent event) {
        if (!queue.offer(stamp.apply(event))) {
            metrics.auditEventDropped();
        }
    }

    @Override
    public List<AuditEvent> find(AuditQuery query) {
        return readFrom.find(query);
    }

    @Override
    public int removeOlderThan(Instant cutoff) {
        return readFrom.removeOlderThan(cutoff);
    }

    private void drain() {
        while (!closing || !queue.isEmpty()) {
            try {
                AuditEvent event = queue.poll(100, TimeUnit.MILLISECONDS);
                if (event != null) {
                    write(event);
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void write(AuditEvent event) {
        for (AuditLog sink : sinks) {
            try {
                sink.record(event);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "audit event " + event.kind() + " not written: "
                        + e.getClass().getSimpleName());
            }
        }
    }

    /** Writes what is queued (for at most two seconds), then stops the thread. */
    @Override
    public void close() {
        closing = true;
        try {
            writer.join(DRAIN_ON_CLOSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writer.interrupt();
    }
}
