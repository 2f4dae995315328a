package dev.notesmcp.bootstrap.audit;

import dev.notesmcp.application.port.out.AuditLog;
import dev.notesmcp.domain.audit.AuditDetail;
import dev.notesmcp.domain.audit.AuditEvent;
import dev.notesmcp.domain.audit.AuditQuery;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code AUDIT_LOG=stdout}: one JSON object per line, e.g.
 * {@code {"audit":"tool_called","time":"…","user":"github:1","client":"abc","tool":"create_note",…}}.
 * Written here rather than with Jackson (which the adapters that parse JSON own): every value is a
 * string, every key is ours, and only the user and client ids need escaping (RFC 8259 §7). It
 * cannot be read back: {@link #find} finds nothing.
 */
public final class JsonLinesAuditLog implements AuditLog {

    private final PrintStream out;

    public JsonLinesAuditLog(PrintStream out) {
        this.out = out;
    }

    @Override
    public void record(AuditEvent event) {
        StringBuilder line = new StringBuilder(160).append('{');
        field(line, "audit", event.kind().name().toLowerCase(Locale.ROOT));
        field(line, "time", event.time().toString());
        event.user().ifPresent(user -> field(line, "user", user.value()));
        event.client().ifPresent(client -> field(line, "client", client.value()));
        for (Map.Entry<AuditDetail, String> detail : event.details().entrySet()) {
            field(line, detail.getKey().name().toLowerCase(Locale.ROOT), detail.getValue());
        }
        out.println(line.append('}'));
    }

    private static void field(StringBuilder line, String name, String value) {
        if (line.length() > 1) {
            line.append(',');
        }
        quote(line, name).append(':');
        quote(line, value);
    }

    static StringBuilder quote(StringBuilder line, String value) {
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                line.append('\\').append(c);
            } else if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                // Control characters must be escaped; the line separators would break a line-based reader.
                line.append(String.format("\\u%04x", (int) c));
            } else {
                line.append(c);
            }
        }
        return line.append('"');
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
