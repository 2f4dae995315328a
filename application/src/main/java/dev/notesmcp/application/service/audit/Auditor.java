package dev.notesmcp.application.service.audit;

import dev.notesmcp.application.port.out.AuditLog;
import dev.notesmcp.domain.audit.AuditEvent;
import dev.notesmcp.domain.audit.AuditEventKind;

import java.time.Clock;
import java.util.function.Function;

/**
 * How a use case records an audit event: stamped with the use case's clock, and never able to fail
 * the request — an event that cannot be built or handed over is lost, the answer is not.
 */
public final class Auditor {

    private final AuditLog log;
    private final Clock clock;

    public Auditor(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** {@code event} completes the bare event of {@code kind} (user, client, details). */
    public void record(AuditEventKind kind, Function<AuditEvent, AuditEvent> event) {
        try {
            log.record(event.apply(AuditEvent.of(clock.instant(), kind)));
        } catch (RuntimeException e) {
            // A detail that broke its own rule, or a log that threw although it should not: the request goes on.
        }
    }
}
