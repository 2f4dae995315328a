package dev.notesmcp.bootstrap.audit;

import dev.notesmcp.application.port.out.AuditLog;
import dev.notesmcp.bootstrap.json.JsonText;
import dev.notesmcp.domain.audit.AuditEvent;
import dev.notesmcp.domain.audit.AuditQuery;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;

/**
 * {@code AUDIT_LOG=stdout}: one JSON object per line, e.g.
 * {@code {"audit":"tool_called","time":"…","user":"github:1","client":"abc","tool":"create_note","duration_ms":12,…}},
 * the same objects {@code admin audit --json} prints ({@link AuditEventJson}). Written with
 * {@link JsonText} rather than Jackson (which the adapters that parse JSON own). It cannot be read
 * back: {@link #find} finds nothing.
 */
public final class JsonLinesAuditLog implements AuditLog {

    private final PrintStream out;

    public JsonLinesAuditLog(PrintStream out) {
        this.out = out;
    }

    @Override
    public void record(AuditEvent event) {
        out.println(JsonText.write(AuditEventJson.of(event)));
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
