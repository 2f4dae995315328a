package dev.notesmcp.adapter.postgres.oauth;

import dev.notesmcp.adapter.postgres.PlainJdbc;
import dev.notesmcp.adapter.postgres.PostgresDsl;
import dev.notesmcp.adapter.postgres.jooq.tables.records.GrantsRecord;
import dev.notesmcp.application.port.out.GrantRepository;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.Grant;
import dev.notesmcp.domain.oauth.GrantId;
import dev.notesmcp.domain.token.Scopes;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.notesmcp.adapter.postgres.PostgresDsl.fromDb;
import static dev.notesmcp.adapter.postgres.PostgresDsl.toDb;
import static dev.notesmcp.adapter.postgres.jooq.Tables.GRANTS;
import static dev.notesmcp.adapter.postgres.jooq.Tables.GRANT_ACCESS_TOKENS;

/**
 * Grants and the access tokens issued under them. Recording a token share-locks the grant's row
 * and inserts only while it is unrevoked; revoking updates that row (which waits for, or
 * blocks, every recording) and then reads the tokens. So a token is either refused or named by
 * the revocation, never neither.
 */
public final class PostgresGrantRepository implements GrantRepository {

    private static final String RECORD_ACCESS_TOKEN = "insert into grant_access_tokens (token_id, grant_id, expires_at)"
            + " select ?, id, ? from grants where id = ? and revoked_at is null for share";

    private final DSLContext db;

    public PostgresGrantRepository(DataSource dataSource) {
        this.db = PostgresDsl.create(dataSource);
    }

    @Override
    public void add(Grant grant) {
        db.executeInsert(new GrantsRecord(grant.id().value(), grant.user().value(), grant.login(),
                grant.client().value(), grant.scopes().asString(), toDb(grant.createdAt()),
                toDb(grant.revokedAt().orElse(null))));
    }

    @Override
    public Optional<Grant> find(GrantId id) {
        return db.selectFrom(GRANTS).where(GRANTS.ID.eq(id.value())).fetchOptional().map(PostgresGrantRepository::toGrant);
    }

    /** One statement, fixed SQL (every token request runs it): nothing is recorded for a revoked grant. */
    @Override
    public boolean recordAccessToken(GrantId grant, IssuedAccessToken token, Instant now) {
        return PlainJdbc.run(db, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(RECORD_ACCESS_TOKEN)) {
                statement.setString(1, token.tokenId());
                statement.setObject(2, toDb(token.expiresAt()));
                statement.setString(3, grant.value());
                return statement.executeUpdate() == 1;
            }
        });
    }

    @Override
    public List<IssuedAccessToken> revoke(GrantId id, Instant now) {
        return db.transactionResult(tx -> {
            DSLContext t = tx.dsl();
            int found = t.update(GRANTS)
                    .set(GRANTS.REVOKED_AT, DSL.coalesce(GRANTS.REVOKED_AT, toDb(now)))
                    .where(GRANTS.ID.eq(id.value()))
                    .execute();
            if (found == 0) {
                return List.of();
            }
            return t.select(GRANT_ACCESS_TOKENS.TOKEN_ID, GRANT_ACCESS_TOKENS.EXPIRES_AT)
                    .from(GRANT_ACCESS_TOKENS)
                    .where(GRANT_ACCESS_TOKENS.GRANT_ID.eq(id.value()))
                    .and(GRANT_ACCESS_TOKENS.EXPIRES_AT.gt(toDb(now)))
                    .fetch(r -> new IssuedAccessToken(r.value1(), fromDb(r.value2())));
        });
    }

    /** On the indexed {@code user_id} or {@code client_id}; the id breaks ties of one instant. */
    @Override
    public List<Grant> list(GrantFilter filter) {
        Condition where = DSL.and(
                filter.user().map(user -> GRANTS.USER_ID.eq(user.value())).orElse(DSL.noCondition()),
                filter.client().map(client -> GRANTS.CLIENT_ID.eq(client.value())).orElse(DSL.noCondition()));
        return db.selectFrom(GRANTS).where(where).orderBy(GRANTS.CREATED_AT.desc(), GRANTS.ID)
                .fetch(PostgresGrantRepository::toGrant);
    }

    /** Forgets access tokens that have expired anyway; returns how many. */
    public int purgeExpiredAccessTokens(Instant now) {
        return db.deleteFrom(GRANT_ACCESS_TOKENS).where(GRANT_ACCESS_TOKENS.EXPIRES_AT.le(toDb(now))).execute();
    }

    private static Grant toGrant(GrantsRecord r) {
        return new Grant(new GrantId(r.getId()), new UserId(r.getUserId()), r.getLogin(), new ClientId(r.getClientId()),
                Scopes.parse(r.getScopes()), fromDb(r.getCreatedAt()), Optional.ofNullable(fromDb(r.getRevokedAt())));
    }
}
