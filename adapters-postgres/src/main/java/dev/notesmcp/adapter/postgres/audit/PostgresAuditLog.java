package dev.notesmcp.adapter.postgres.audit;

import dev.notesmcp.adapter.postgres.PlainJdbc;
import dev.notesmcp.adapter.postgres.PostgresDsl;
import dev.notesmcp.adapter.postgres.jooq.tables.records.AuditEventsRecord;
import dev.notesmcp.application.port.out.AuditLog;
import dev.notesmcp.domain.audit.AuditDetail;
import dev.notesmcp.domain.audit.AuditEvent;
import dev.notesmcp.domain.audit.AuditEventKind;
import dev.notesmcp.domain.audit.AuditQuery;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.notesmcp.adapter.postgres.PostgresDsl.fromDb;
import static dev.notesmcp.adapter.postgres.PostgresDsl.toDb;
import static dev.notesmcp.adapter.postgres.jooq.Tables.AUDIT_EVENTS;

/** The audit trail in PostgreSQL: one row per event, one column per {@link AuditDetail}. */
public final class PostgresAuditLog implements AuditLog {

    private static final String INSERT = "insert into audit_events (occurred_at, kind, user_id, client_id, tool,"
            + " outcome, duration_ms, provider, revoked_by, client_address) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final DSLContext db;

    public PostgresAuditLog(DataSource dataSource) {
        this.db = PostgresDsl.create(dataSource);
    }

    @Override
    public void record(AuditEvent event) {
        recordAll(List.of(event));
    }

    /**
     * One JDBC batch of one fixed {@code INSERT} (no jOOQ query built and rendered per event: that was
     * a tenth of the shared-store profile), one round trip and one commit for the batch the writer
     * hands over: all its events are stored or none. Rows get their identity {@code id} in the
     * batch's order.
     */
    @Override
    public void recordAll(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        PlainJdbc.inTransaction(db, connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (AuditEvent event : events) {
                    bind(insert, event);
                    insert.addBatch();
                }
                return insert.executeBatch();
            }
        });
    }

    /** The parameters of {@link #INSERT}, in its column order; an absent value is SQL {@code NULL}. */
    private static void bind(PreparedStatement insert, AuditEvent event) throws SQLException {
        insert.setObject(1, toDb(event.time()));
        insert.setString(2, event.kind().name());
        text(insert, 3, event.user().map(UserId::value));
        text(insert, 4, event.client().map(ClientId::value));
        text(insert, 5, event.detail(AuditDetail.TOOL));
        text(insert, 6, event.detail(AuditDetail.OUTCOME));
        Optional<Long> duration = event.detail(AuditDetail.DURATION_MS).map(Long::valueOf);
        if (duration.isPresent()) {
            insert.setLong(7, duration.get());
        } else {
            insert.setNull(7, Types.BIGINT);
        }
        text(insert, 8, event.detail(AuditDetail.PROVIDER));
        text(insert, 9, event.detail(AuditDetail.REVOKED_BY));
        text(insert, 10, event.detail(AuditDetail.CLIENT_ADDRESS));
    }

    private static void text(PreparedStatement insert, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            insert.setString(index, value.get());
        } else {
            insert.setNull(index, Types.VARCHAR);
        }
    }

    @Override
    public List<AuditEvent> find(AuditQuery query) {
        Condition where = DSL.trueCondition();
        if (query.user().isPresent()) {
            where = where.and(AUDIT_EVENTS.USER_ID.eq(query.user().get().value()));
        }
        if (query.client().isPresent()) {
            where = where.and(AUDIT_EVENTS.CLIENT_ID.eq(query.client().get().value()));
        }
        if (query.since().isPresent()) {
            where = where.and(AUDIT_EVENTS.OCCURRED_AT.ge(toDb(query.since().get())));
        }
        return db.selectFrom(AUDIT_EVENTS).where(where)
                .orderBy(AUDIT_EVENTS.OCCURRED_AT.desc(), AUDIT_EVENTS.ID.desc())
                .limit(query.limit())
                .fetch(PostgresAuditLog::toDomain);
    }

    @Override
    public int removeOlderThan(Instant cutoff) {
        return db.deleteFrom(AUDIT_EVENTS).where(AUDIT_EVENTS.OCCURRED_AT.lt(toDb(cutoff))).execute();
    }

    /** Rows pass through the event's own checks again: a row edited by hand cannot smuggle free text out. */
    private static AuditEvent toDomain(AuditEventsRecord row) {
        Map<AuditDetail, String> details = new EnumMap<>(AuditDetail.class);
        put(details, AuditDetail.TOOL, row.getTool());
        put(details, AuditDetail.OUTCOME, row.getOutcome());
        put(details, AuditDetail.DURATION_MS, row.getDurationMs() == null ? null : row.getDurationMs().toString());
        put(details, AuditDetail.PROVIDER, row.getProvider());
        put(details, AuditDetail.REVOKED_BY, row.getRevokedBy());
        put(details, AuditDetail.CLIENT_ADDRESS, row.getClientAddress());
        return new AuditEvent(fromDb(row.getOccurredAt()), AuditEventKind.valueOf(row.getKind()),
                Optional.ofNullable(row.getUserId()).map(UserId::new),
                Optional.ofNullable(row.getClientId()).map(ClientId::new), details);
    }

    private static void put(Map<AuditDetail, String> details, AuditDetail detail, String value) {
        if (value != null) {
            details.put(detail, value);
        }
    }
}
