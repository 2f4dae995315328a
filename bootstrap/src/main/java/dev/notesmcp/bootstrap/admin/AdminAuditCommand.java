package dev.notesmcp.bootstrap.admin;

import dev.notesmcp.bootstrap.config.AuditSettings;
import dev.notesmcp.bootstrap.config.Settings;
import dev.notesmcp.bootstrap.json.JsonText;
import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.audit.AuditEvent;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code admin audit …}: reads the audit trail back from the configured durable store, newest
 * first. The trail is there only while the servers write it there ({@code AUDIT_LOG=store} or
 * {@code both}); with {@code stdout} or {@code off} this finds only what was stored before.
 */
public final class AdminAuditCommand {

    /** The word after {@code admin}. */
    public static final String NAME = "audit";
    public static final String USAGE = AuditArguments.USAGE;

    private AdminAuditCommand() {
    }

    /** {@code arguments} start with {@link #NAME}. */
    public static AdminOutcome run(Settings settings, List<String> arguments, Clock clock) {
        AuditArguments parsed;
        try {
            parsed = AuditArguments.parse(arguments, clock.instant());
        } catch (InvalidValueException e) {
            return new AdminOutcome(AdminOutcome.USAGE_ERROR, "admin audit: " + e.getMessage() + "\n" + AuditArguments.USAGE);
        }
        Optional<String> refusal = AdminStores.durableRefusal(settings);
        if (refusal.isPresent()) {
            return new AdminOutcome(AdminOutcome.USAGE_ERROR, refusal.get()
                    + "; the servers keep the trail there with AUDIT_LOG=store or both");
        }
        return AdminStores.using(settings, clock, stores -> {
            List<AuditEvent> events = stores.durable().audit().find(parsed.query());
            return new AdminOutcome(AdminOutcome.DONE, parsed.json() ? JsonText.write(AuditView.json(events))
                    : AuditView.table(events) + notStored(settings.audit().destination()));
        });
    }

    /** For people only: a script reading {@code --json} gets the array and nothing else. */
    private static String notStored(AuditSettings.Destination destination) {
        if (destination.toStore()) {
            return "";
        }
        return "\nnote: AUDIT_LOG=" + destination.name().toLowerCase(Locale.ROOT) + ": the servers do not store the"
                + " trail (stdout writes JSON lines to their standard output, off nothing); shown is what was"
                + " stored while AUDIT_LOG was store or both";
    }
}
