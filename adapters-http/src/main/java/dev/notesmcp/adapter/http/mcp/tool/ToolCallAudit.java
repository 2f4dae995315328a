package dev.notesmcp.adapter.http.mcp.tool;

import dev.notesmcp.application.port.out.AuditLog;
import dev.notesmcp.application.port.out.Metrics.ToolCallOutcome;
import dev.notesmcp.domain.audit.AuditDetail;
import dev.notesmcp.domain.audit.AuditEvent;
import dev.notesmcp.domain.audit.AuditEventKind;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.token.AccessTokenClaims;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code TOOL_CALLED} audit event of one tool call: who (the token's user and client), which
 * tool, how it ended and how long it took — never its arguments or result. Recording cannot fail
 * the call.
 */
final class ToolCallAudit {

    private final AuditLog audit;
    private final Clock clock;

    ToolCallAudit(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    void record(Optional<AccessTokenClaims> caller, String tool, ToolCallOutcome outcome, Duration duration) {
        try {
            AuditEvent event = AuditEvent.of(clock.instant(), AuditEventKind.TOOL_CALLED);
            if (caller.isPresent()) {
                event = event.user(caller.get().subject()).client(new ClientId(caller.get().clientId()));
            }
            audit.record(event.with(AuditDetail.TOOL, tool)
                    .with(AuditDetail.OUTCOME, outcome.name().toLowerCase(Locale.ROOT)).duration(duration));
        } catch (RuntimeException e) {
            // A client id or tool name outside the audit's rules, or a log that threw: the call's answer stands.
        }
    }
}
