package dev.notesmcp.adapter.postgres.audit;

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

    private final DSLContext db;

    public PostgresAuditLog(DataSource dataSource) {
        this.db = PostgresDsl.create(dataSource);
    }

    @Override
    public void record(AuditEvent event) {
        recordAll(List.of(event));
    }

    /** One multi-row {@code INSERT}: one round trip and one commit for the batch the writer hands over. */
    @Override
    public void recordAll(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        var insert = db.insertInto(AUDIT_EVENTS, AUDIT_EVENTS.OCCURRED_AT, AUDIT_EVENTS.KIND, AUDIT_EVENTS.USER_ID,
                AUDIT_EVENTS.CLIENT_ID, AUDIT_EVENTS.TOOL, AUDIT_EVENTS.OUTCOME, AUDIT_EVENTS.DURATION_MS,
                AUDIT_EVENTS.PROVIDER, AUDIT_EVENTS.REVOKED_BY, AUDIT_EVENTS.CLIENT_ADDRESS);
        for (AuditEvent event : events) {
            insert = insert.values(toDb(event.time()), event.kind().name(),
                    event.user().map(UserId::value).orElse(null),
                    event.client().map(ClientId::value).orElse(null),
                    event.detail(AuditDetail.TOOL).orElse(null),
                    event.detail(AuditDetail.OUTCOME).orElse(null),
                    event.detail(AuditDetail.DURATION_MS).map(Long::valueOf).orElse(null),
                    event.detail(AuditDetail.PROVIDER).orElse(null),
                    event.detail(AuditDetail.REVOKED_BY).orElse(null),
                    event.detail(AuditDetail.CLIENT_ADDRESS).orElse(null));
        }
        insert.execute();
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
