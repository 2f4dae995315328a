package dev.notesmcp.adapter.postgres.audit;

import com.zaxxer.hikari.HikariDataSource;
import dev.notesmcp.adapter.postgres.PostgresDataSources;
import dev.notesmcp.adapter.postgres.PostgresMigrations;
import dev.notesmcp.adapter.postgres.TestDatabase;
import dev.notesmcp.application.port.out.AuditLog;
import dev.notesmcp.application.port.out.AuditLogContract;
import dev.notesmcp.domain.audit.AuditDetail;
import dev.notesmcp.domain.audit.AuditEvent;
import dev.notesmcp.domain.audit.AuditEventKind;
import dev.notesmcp.domain.audit.AuditQuery;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresAuditLogTest extends AuditLogContract {

    private static final Instant T0 = Instant.parse("2026-03-04T05:06:07.123456Z");

    @Override
    protected AuditLog store() {
        return new PostgresAuditLog(TestDatabase.dataSource());
    }

    @Test
    void aLargeBatchIsStoredWholeInItsOrder() {
        UserId user = new UserId("github:" + UUID.randomUUID());
        List<AuditEvent> batch = IntStream.range(0, 300).mapToObj(i -> event(user, T0.plusSeconds(i / 3), i)).toList();

        audit.recordAll(batch);

        // Newest first, and among equal times the later recorded first: the batch's order, reversed.
        assertThat(audit.find(AuditQuery.latest(1000).user(user))).containsExactlyElementsOf(batch.reversed());
    }

    @Test
    void aBatchWithARowTheDatabaseRefusesStoresNoneOfIt() throws SQLException {
        String schema = TestDatabase.freshSchemaName();
        try (HikariDataSource dataSource = PostgresDataSources.create(TestDatabase.settingsFor(schema))) {
            try {
                PostgresMigrations.migrate(dataSource, schema);
                // A rule only this schema has, so the database refuses one event the domain allows.
                try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                    statement.execute("ALTER TABLE audit_events ADD CONSTRAINT no_refused_tool CHECK (tool <> 'refused')");
                }
                PostgresAuditLog audit = new PostgresAuditLog(dataSource);
                UserId user = new UserId("github:" + UUID.randomUUID());
                AuditEvent before = event(user, T0, 1);
                AuditEvent refused = event(user, T0.plusSeconds(1), 2).with(AuditDetail.TOOL, "refused");
                AuditEvent after = event(user, T0.plusSeconds(2), 3);

                assertThatThrownBy(() -> audit.recordAll(List.of(before, refused, after)))
                        .hasStackTraceContaining("no_refused_tool");

                assertThat(audit.find(AuditQuery.latest(10).user(user))).isEmpty();
                audit.recordAll(List.of(before, after));
                assertThat(audit.find(AuditQuery.latest(10).user(user))).containsExactly(after, before);
            } finally {
                TestDatabase.dropSchema(dataSource, schema);
            }
        }
    }

    private static AuditEvent event(UserId user, Instant at, int i) {
        AuditEvent event = AuditEvent.of(at, i % 2 == 0 ? AuditEventKind.TOOL_CALLED : AuditEventKind.TOKEN_REFRESHED)
                .user(user);
        if (i % 2 == 0) {
            event = event.client(new ClientId("client-" + i)).with(AuditDetail.TOOL, "list_notes")
                    .with(AuditDetail.OUTCOME, "ok").duration(Duration.ofMillis(i))
                    .with(AuditDetail.CLIENT_ADDRESS, "203.0.113." + (i % 250));
        }
        return event;
    }
}
