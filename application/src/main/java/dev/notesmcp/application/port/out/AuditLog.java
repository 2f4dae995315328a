package dev.notesmcp.application.port.out;

import dev.notesmcp.domain.audit.AuditEvent;
import dev.notesmcp.domain.audit.AuditQuery;

import java.time.Instant;
import java.util.List;

/**
 * The audit trail: who did what, when ({@code AUDIT_LOG}). Use cases do not call a store's
 * implementation directly but through the asynchronous writer, so recording never slows or fails
 * a request.
 */
public interface AuditLog {

    void record(AuditEvent event);

    /**
     * Several events, kept in this order as if recorded one by one. A store overrides it to write
     * them in one round trip (the asynchronous writer hands over what piled up while it waited).
     */
    default void recordAll(List<AuditEvent> events) {
        events.forEach(this::record);
    }

    /** The events the query asks for, newest first (the latest recorded first among equal times). */
    List<AuditEvent> find(AuditQuery query);

    /** Retention ({@code AUDIT_RETENTION}): forgets events older than {@code cutoff}; returns how many went. */
    int removeOlderThan(Instant cutoff);

    /** Records nothing and finds nothing ({@code AUDIT_LOG=off}, tests). */
    static AuditLog none() {
        return None.INSTANCE;
    }

    enum None implements AuditLog {
        INSTANCE;

        @Override
        public void record(AuditEvent event) {
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
}
