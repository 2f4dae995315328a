package dev.notesmcp.adapter.memory.audit;

import dev.notesmcp.application.port.out.AuditLog;
import dev.notesmcp.application.port.out.AuditLogContract;
import dev.notesmcp.domain.audit.AuditEvent;
import dev.notesmcp.domain.audit.AuditEventKind;
import dev.notesmcp.domain.audit.AuditQuery;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryAuditLogTest extends AuditLogContract {

    @Override
    protected AuditLog store() {
        return new InMemoryAuditLog();
    }

    @Test
    void aFullRingDropsTheOldestRecorded() {
        InMemoryAuditLog ring = new InMemoryAuditLog(2);
        Instant t0 = Instant.parse("2025-03-01T12:00:00Z");
        ring.record(AuditEvent.of(t0, AuditEventKind.TOKEN_ISSUED));
        ring.record(AuditEvent.of(t0.plusSeconds(1), AuditEventKind.TOKEN_REFRESHED));
        ring.record(AuditEvent.of(t0.plusSeconds(2), AuditEventKind.GRANT_REVOKED));

        assertThat(ring.find(AuditQuery.latest(10))).extracting(AuditEvent::kind)
                .containsExactly(AuditEventKind.GRANT_REVOKED, AuditEventKind.TOKEN_REFRESHED);
    }
}
