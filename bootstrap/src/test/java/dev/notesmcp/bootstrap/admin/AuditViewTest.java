package dev.notesmcp.bootstrap.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notesmcp.bootstrap.json.JsonText;
import dev.notesmcp.domain.audit.AuditDetail;
import dev.notesmcp.domain.audit.AuditEvent;
import dev.notesmcp.domain.audit.AuditEventKind;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditViewTest {

    private static final Instant T = Instant.parse("2026-12-02T04:00:00Z");
    private static final List<AuditEvent> NEWEST_FIRST = List.of(
            AuditEvent.of(T.plusSeconds(2), AuditEventKind.TOOL_CALLED).user(new UserId("dev:ada"))
                    .client(new ClientId("app-1")).with(AuditDetail.TOOL, "create_note")
                    .with(AuditDetail.OUTCOME, "ok").duration(Duration.ofMillis(12))
                    .with(AuditDetail.CLIENT_ADDRESS, "203.0.113.7"),
            AuditEvent.of(T.plusSeconds(1), AuditEventKind.GRANT_REVOKED).user(new UserId("dev:ada"))
                    .client(new ClientId("app-1")).with(AuditDetail.REVOKED_BY, "admin"),
            AuditEvent.of(T, AuditEventKind.CLIENT_REGISTERED).client(new ClientId("app-1")));

    @Test
    void theTableKeepsTheOrderAndSpellsEachDetail() {
        List<String> lines = AuditView.table(NEWEST_FIRST).lines().toList();

        assertThat(lines.getFirst().split(" +")).containsExactly("TIME", "EVENT", "USER", "CLIENT", "ADDRESS", "DETAIL");
        assertThat(lines.get(1).split(" +")).containsExactly("2026-12-02T04:00:02Z", "tool_called", "dev:ada", "app-1",
                "203.0.113.7", "tool=create_note", "outcome=ok", "duration_ms=12");
        assertThat(lines.get(2).split(" +")).containsExactly("2026-12-02T04:00:01Z", "grant_revoked", "dev:ada", "app-1",
                "-", "revoked_by=admin");
        assertThat(lines.get(3).split(" +")).containsExactly("2026-12-02T04:00:00Z", "client_registered", "-", "app-1", "-", "-");
    }

    @Test
    void jsonIsAnArrayOfEventsWithNumbersAsNumbersAndUnknownFieldsLeftOut() throws Exception {
        JsonNode json = new ObjectMapper().readTree(JsonText.write(AuditView.json(NEWEST_FIRST)));

        assertThat(json.isArray()).isTrue();
        assertThat(json).hasSize(3);
        JsonNode call = json.get(0);
        assertThat(call.properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactly("audit", "time", "user", "client", "tool", "outcome", "duration_ms", "client_address");
        assertThat(call.get("audit").asText()).isEqualTo("tool_called");
        assertThat(call.get("duration_ms").isIntegralNumber()).isTrue();
        assertThat(call.get("duration_ms").asLong()).isEqualTo(12);
        assertThat(call.get("client_address").asText()).isEqualTo("203.0.113.7");
        assertThat(json.get(1).get("revoked_by").asText()).isEqualTo("admin");
        assertThat(json.get(2).has("user")).isFalse();
        assertThat(AuditView.table(List.of())).isEqualTo("TIME  EVENT  USER  CLIENT  ADDRESS  DETAIL");
        assertThat(JsonText.write(AuditView.json(List.of()))).isEqualTo("[]");
    }
}
