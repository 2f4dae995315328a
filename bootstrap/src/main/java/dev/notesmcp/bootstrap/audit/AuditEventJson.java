package dev.notesmcp.bootstrap.audit;

import dev.notesmcp.domain.audit.AuditDetail;
import dev.notesmcp.domain.audit.AuditEvent;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One audit event as a JSON object, the same for {@code AUDIT_LOG=stdout} lines and
 * {@code admin audit --json}: {@code audit} (the kind, lower case), {@code time}, then
 * {@code user} and {@code client} when known, then each detail by its lower-case name. A field
 * that is unknown is left out; numbers ({@code duration_ms}) are JSON numbers.
 */
public final class AuditEventJson {

    private AuditEventJson() {
    }

    /** A map {@link dev.notesmcp.bootstrap.json.JsonText} writes, keys in the order above. */
    public static Map<String, Object> of(AuditEvent event) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("audit", event.kind().name().toLowerCase(Locale.ROOT));
        json.put("time", event.time().toString());
        event.user().ifPresent(user -> json.put("user", user.value()));
        event.client().ifPresent(client -> json.put("client", client.value()));
        for (Map.Entry<AuditDetail, String> detail : event.details().entrySet()) {
            json.put(detail.getKey().name().toLowerCase(Locale.ROOT),
                    detail.getKey().isNumber() ? (Object) Long.valueOf(detail.getValue()) : detail.getValue());
        }
        return json;
    }
}
