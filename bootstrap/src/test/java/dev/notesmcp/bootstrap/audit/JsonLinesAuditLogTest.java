package dev.notesmcp.bootstrap.audit;

import dev.notesmcp.domain.audit.AuditDetail;
import dev.notesmcp.domain.audit.AuditEvent;
import dev.notesmcp.domain.audit.AuditEventKind;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class JsonLinesAuditLogTest {

    @Test
    void oneEventIsOneJsonLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new JsonLinesAuditLog(new PrintStream(bytes, true, StandardCharsets.UTF_8)).record(
                AuditEvent.of(Instant.parse("2025-03-01T12:00:00Z"), AuditEventKind.TOOL_CALLED)
                        .user(new UserId("github:1")).client(new ClientId("abc"))
                        .with(AuditDetail.TOOL, "get_note").with(AuditDetail.OUTCOME, "ok")
                        .duration(Duration.ofMillis(3)));

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("{\"audit\":\"tool_called\","
                + "\"time\":\"2025-03-01T12:00:00Z\",\"user\":\"github:1\",\"client\":\"abc\","
                + "\"tool\":\"get_note\",\"outcome\":\"ok\",\"duration_ms\":3}" + System.lineSeparator());
    }

    @Test
    void everyValueIsEscapedSoAnEventStaysOneLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // No detail can hold these (each is checked); a user id is the one free-form value.
        new JsonLinesAuditLog(new PrintStream(bytes, true, StandardCharsets.UTF_8)).record(
                AuditEvent.of(Instant.parse("2025-03-01T12:00:00Z"), AuditEventKind.SIGN_IN_SUCCEEDED)
                        .user(new UserId("oidc:a\"b\\c\u2028d")));

        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("\"user\":\"oidc:a\\\"b\\\\c\\u2028d\"")
                .hasLineCount(1);
    }
}
