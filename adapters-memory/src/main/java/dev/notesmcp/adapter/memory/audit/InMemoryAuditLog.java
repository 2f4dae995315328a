package dev.notesmcp.adapter.memory.audit;

import dev.notesmcp.application.port.out.AuditLog;
import dev.notesmcp.domain.audit.AuditEvent;
import dev.notesmcp.domain.audit.AuditQuery;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * The audit trail in memory: a bounded ring, the oldest recorded event dropped when it is full. Each
 * event waits {@linkplain PackedAuditEvents packed} into one byte array, so the ring costs the
 * garbage collector one object per event, not a dozen.
 */
public final class InMemoryAuditLog implements AuditLog {

    public static final int DEFAULT_CAPACITY = 10_000;

    private final int capacity;
    private final Deque<byte[]> events = new ArrayDeque<>();

    public InMemoryAuditLog() {
        this(DEFAULT_CAPACITY);
    }

    public InMemoryAuditLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    @Override
    public void record(AuditEvent event) {
        byte[] packed = PackedAuditEvents.pack(event);
        synchronized (this) {
            if (events.size() == capacity) {
                events.removeFirst();
            }
            events.addLast(packed);
        }
    }

    @Override
    public synchronized List<AuditEvent> find(AuditQuery query) {
        List<AuditEvent> found = new ArrayList<>();
        // Latest recorded first; the stable sort below then keeps that order among equal times.
        for (Iterator<byte[]> newest = events.descendingIterator(); newest.hasNext(); ) {
            AuditEvent event = PackedAuditEvents.unpack(newest.next());
            if (query.matches(event)) {
                found.add(event);
            }
        }
        found.sort(Comparator.comparing(AuditEvent::time).reversed());
        return List.copyOf(found.subList(0, Math.min(query.limit(), found.size())));
    }

    @Override
    public synchronized int removeOlderThan(Instant cutoff) {
        int before = events.size();
        events.removeIf(packed -> PackedAuditEvents.time(packed).isBefore(cutoff));
        return before - events.size();
    }
}
