package dev.notesmcp.adapter.postgres;

import dev.notesmcp.adapter.postgres.audit.PostgresAuditLog;
import dev.notesmcp.adapter.postgres.note.PostgresNoteRepository;
import dev.notesmcp.application.port.out.StoreUnavailableException;
import dev.notesmcp.domain.audit.AuditEvent;
import dev.notesmcp.domain.audit.AuditEventKind;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.note.NoteId;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A database that cannot be reached is an outage the caller can retry, not a bug. */
class DatabaseOutageTest {

    @Test
    void anUnreachableDatabaseIsStoreUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        PostgresSettings settings = new PostgresSettings(
                DatabaseUrl.parse("postgres://postgres@127.0.0.1:" + closedPort + "/test"),
                PostgresSettings.DEFAULT_SCHEMA, 2, Duration.ofMillis(500));
        try (HikariDataSource dataSource = PostgresDataSources.create(settings)) {
            PostgresNoteRepository notes = new PostgresNoteRepository(dataSource);
            PostgresAuditLog audit = new PostgresAuditLog(dataSource);

            assertThatThrownBy(() -> notes.find(new UserId("dev:a"), NoteId.random()))
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessage("the database is unavailable");
            assertThatThrownBy(() -> audit.recordAll(List.of(AuditEvent.of(Instant.EPOCH, AuditEventKind.SIGN_IN_FAILED))))
                    .isInstanceOf(StoreUnavailableException.class);
        }
    }

    @Test
    void connectionStatesAreOutagesAndOtherErrorsAreNot() {
        assertThat(OutageTranslator.isOutage(new SQLException("gone", "08006"))).isTrue();
        assertThat(OutageTranslator.isOutage(new SQLException("shutting down", "57P01"))).isTrue();
        assertThat(OutageTranslator.isOutage(new SQLException("too many", "53300"))).isTrue();
        assertThat(OutageTranslator.isOutage(new SQLException("syntax", "42601"))).isFalse();
        assertThat(OutageTranslator.isOutage(new SQLException("unique", "23505"))).isFalse();
    }
}
