package dev.notesmcp.bootstrap.audit;

import dev.notesmcp.application.port.out.AuditLog;
import dev.notesmcp.application.port.out.Metrics;
import dev.notesmcp.bootstrap.config.AuditSettings;
import dev.notesmcp.domain.audit.AuditEvent;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The audit log {@code AUDIT_LOG} chooses, behind one bounded asynchronous writer. */
public final class AuditTrail {

    private AuditTrail() {
    }

    /**
     * {@code off} gives a writer with no sink: events are accepted and forgotten, nothing is read
     * back. {@code stamp} completes each event on the thread that records it (the client address).
     */
    public static BoundedAuditWriter wire(AuditSettings settings, AuditLog store, PrintStream stdout, Metrics metrics,
                                          UnaryOperator<AuditEvent> stamp) {
        List<AuditLog> sinks = new ArrayList<>();
        if (settings.destination().toStore()) {
            sinks.add(store);
        }
        if (settings.destination().toStdout()) {
            sinks.add(new JsonLinesAuditLog(stdout));
        }
        return new BoundedAuditWriter(sinks, settings.destination().toStore() ? store : AuditLog.none(), metrics,
                BoundedAuditWriter.DEFAULT_CAPACITY, stamp);
    }
}
