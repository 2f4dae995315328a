package dev.notesmcp.bootstrap.admin;

import dev.notesmcp.bootstrap.audit.AuditEventJson;
import dev.notesmcp.domain.audit.AuditDetail;
import dev.notesmcp.domain.audit.AuditEvent;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Audit events as a table (people) or as a JSON array of the {@code AUDIT_LOG=stdout} objects (scripts). */
final class AuditView {

    private AuditView() {
    }

    static String table(List<AuditEvent> events) {
        TextTable table = new TextTable("TIME", "EVENT", "USER", "CLIENT", "ADDRESS", "DETAIL");
        events.forEach(event -> table.row(event.time().toString(), event.kind().name().toLowerCase(Locale.ROOT),
                event.user().map(UserId::value).orElse("-"), event.client().map(ClientId::value).orElse("-"),
                event.detail(AuditDetail.CLIENT_ADDRESS).orElse("-"), detail(event)));
        return table.render();
    }

    static List<Object> json(List<AuditEvent> events) {
        return events.stream().<Object>map(AuditEventJson::of).toList();
    }

    /** {@code tool=create_note outcome=ok duration_ms=12}: each other detail by the name it has in the JSON. */
    private static String detail(AuditEvent event) {
        String details = event.details().entrySet().stream()
                .filter(detail -> detail.getKey() != AuditDetail.CLIENT_ADDRESS)
                .map(detail -> detail.getKey().name().toLowerCase(Locale.ROOT) + "=" + detail.getValue())
                .collect(Collectors.joining(" "));
        return details.isEmpty() ? "-" : details;
    }
}
