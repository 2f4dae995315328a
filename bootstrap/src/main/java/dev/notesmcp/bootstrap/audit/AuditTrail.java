package dev.notesmcp.bootstrap.audit;

import dev.notesmcp.application.port.out.AuditLog;
import dev.notesmcp.application.port.out.Metrics;
import dev.notesmcp.bootstrap.config.AuditSettings;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The audit log {@code AUDIT_LOG} chooses, behind one bounded asynchronous writer. */
public final class AuditTrail {

    private AuditTrail() {
    }

    /** {@code off} gives a writer with no sink: events are accepted and forgotten, nothing is read back. */
    public static BoundedAuditWriter wire(AuditSettings settings, AuditLog store, PrintStream stdout, Metrics metrics) {
        List<AuditLog> sinks = new ArrayList<>();
        if (settings.destination().toStore()) {
            sinks.add(store);
        }
        if (settings.destination().toStdout()) {
            sinks.add(new JsonLinesAuditLog(stdout));
        }
        return new BoundedAuditWriter(sinks, settings.destination().toStore() ? store : AuditLog.none(), metrics,
                BoundedAuditWriter.DEFAULT_CAPACITY);
    }
}
