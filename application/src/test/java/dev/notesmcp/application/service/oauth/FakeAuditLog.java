package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.out.AuditLog;
import dev.notesmcp.domain.audit.AuditEvent;
import dev.notesmcp.domain.audit.AuditEventKind;
import dev.notesmcp.domain.audit.AuditQuery;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every event in the order recorded, for the services' audit assertions. */
final class FakeAuditLog implements AuditLog {

    private final List<AuditEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void record(AuditEvent event) {
        events.add(event);
    }

    @Override
    public List<AuditEvent> find(AuditQuery query) {
        return events.reversed().stream().filter(query::matches).limit(query.limit()).toList();
    }

    @Override
    public int removeOlderThan(Instant cutoff) {
        return 0;
    }

    List<AuditEvent> events() {
        return List.copyOf(events);
    }

    List<AuditEventKind> kinds() {
        return events.stream().map(AuditEvent::kind).toList();
    }

    void clear() {
        events.clear();
    }
}
