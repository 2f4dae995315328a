package dev.notesmcp.adapter.postgres.oauth;

import dev.notesmcp.adapter.postgres.PostgresDsl;
import dev.notesmcp.application.port.out.RevokedAccessTokens;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Instant;

import static dev.notesmcp.adapter.postgres.PostgresDsl.toDb;
import static dev.notesmcp.adapter.postgres.jooq.Tables.REVOKED_ACCESS_TOKENS;

/**
 * Revoked access token ids, each kept until its token would have expired anyway; entries past
 * that are dropped whenever another token is revoked.
 */
public final class PostgresRevokedAccessTokens implements RevokedAccessTokens {

    private final DSLContext db;
    private final Clock clock;

    public PostgresRevokedAccessTokens(DataSource dataSource, Clock clock) {
        this.db = PostgresDsl.create(dataSource);
        this.clock = clock;
    }

    @Override
    public void revoke(String tokenId, Instant expiresAt) {
        Instant now = clock.instant();
        db.deleteFrom(REVOKED_ACCESS_TOKENS).where(REVOKED_ACCESS_TOKENS.EXPIRES_AT.le(toDb(now))).execute();
        db.insertInto(REVOKED_ACCESS_TOKENS)
                .set(REVOKED_ACCESS_TOKENS.TOKEN_ID, tokenId)
                .set(REVOKED_ACCESS_TOKENS.EXPIRES_AT, toDb(expiresAt))
                .onConflict(REVOKED_ACCESS_TOKENS.TOKEN_ID)
                .doUpdate()
                .set(REVOKED_ACCESS_TOKENS.EXPIRES_AT,
                        DSL.greatest(REVOKED_ACCESS_TOKENS.EXPIRES_AT, DSL.excluded(REVOKED_ACCESS_TOKENS.EXPIRES_AT)))
                .execute();
    }

    @Override
    public boolean isRevoked(String tokenId) {
        return db.fetchExists(REVOKED_ACCESS_TOKENS, REVOKED_ACCESS_TOKENS.TOKEN_ID.eq(tokenId));
    }
}
