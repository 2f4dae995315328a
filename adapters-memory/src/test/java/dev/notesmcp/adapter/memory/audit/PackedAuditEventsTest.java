package dev.notesmcp.adapter.memory.audit;

import dev.notesmcp.domain.audit.AuditDetail;
import dev.notesmcp.domain.audit.AuditEvent;
import dev.notesmcp.domain.audit.AuditEventKind;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PackedAuditEventsTest {

    private static final Instant AT = Instant.parse("2026-12-02T16:20:31.123456789Z");

    @Test
    void aToolCallComesBackEqualDownToTheNanosecond() {
        AuditEvent call = AuditEvent.of(AT, AuditEventKind.TOOL_CALLED).user(new UserId("github:42"))
                .client(new ClientId("https://client.example/meta.json")).with(AuditDetail.TOOL, "list_notes")
                .with(AuditDetail.OUTCOME, "ok").duration(Duration.ofMillis(3))
                .with(AuditDetail.CLIENT_ADDRESS, "2001:db8::7%eth0");

        assertThat(PackedAuditEvents.unpack(PackedAuditEvents.pack(call))).isEqualTo(call);
    }

    @Test
    void anEventWithoutUserClientOrDetailsComesBackEqual() {
        AuditEvent bare = AuditEvent.of(Instant.EPOCH.minusNanos(1), AuditEventKind.SIGN_IN_FAILED);

        assertThat(PackedAuditEvents.unpack(PackedAuditEvents.pack(bare))).isEqualTo(bare);
    }

    @Test
    void everyKindAndEveryDetailSurvivesPacking() {
        for (AuditEventKind kind : AuditEventKind.values()) {
            AuditEvent event = AuditEvent.of(AT, kind).client(new ClientId("c-" + kind.ordinal()))
                    .with(AuditDetail.TOOL, "get_note").with(AuditDetail.OUTCOME, "invalid_grant")
                    .with(AuditDetail.DURATION_MS, "999999999999").with(AuditDetail.PROVIDER, "my-oidc")
                    .with(AuditDetail.REVOKED_BY, "admin").with(AuditDetail.CLIENT_ADDRESS, "203.0.113.7");

            assertThat(PackedAuditEvents.unpack(PackedAuditEvents.pack(event))).isEqualTo(event);
        }
    }

    @Test
    void textOutsideAsciiComesBackUnchanged() {
        // Four-byte UTF-8 sequences and lengths in bytes rather than characters must both come back right.
        AuditEvent event = AuditEvent.of(AT, AuditEventKind.SIGN_IN_SUCCEEDED)
                .user(new UserId("oidc:Zoë-🦊-日本-клиент"));

        assertThat(PackedAuditEvents.unpack(PackedAuditEvents.pack(event))).isEqualTo(event);
    }

    @Test
    void theTimeIsReadWithoutUnpacking() {
        byte[] packed = PackedAuditEvents.pack(AuditEvent.of(AT, AuditEventKind.TOKEN_ISSUED));

        assertThat(PackedAuditEvents.time(packed)).isEqualTo(AT);
    }
}
