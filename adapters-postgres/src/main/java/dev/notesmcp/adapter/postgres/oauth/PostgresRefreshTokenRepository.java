package dev.notesmcp.adapter.postgres.oauth;

import dev.notesmcp.adapter.postgres.PostgresDsl;
import dev.notesmcp.adapter.postgres.jooq.tables.records.RefreshTokensRecord;
import dev.notesmcp.application.port.out.RefreshTokenRepository;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.GrantId;
import dev.notesmcp.domain.oauth.RefreshToken;
import dev.notesmcp.domain.oauth.TokenHash;
import dev.notesmcp.domain.token.Scopes;
import org.jooq.DSLContext;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.Optional;

import static dev.notesmcp.adapter.postgres.PostgresDsl.fromDb;
import static dev.notesmcp.adapter.postgres.PostgresDsl.toDb;
import static dev.notesmcp.adapter.postgres.jooq.Tables.REFRESH_TOKENS;

/** Refresh tokens by hash; rotation, and its one retry, are each one conditional UPDATE, so exactly one caller wins. */
public final class PostgresRefreshTokenRepository implements RefreshTokenRepository {

    private final DSLContext db;

    public PostgresRefreshTokenRepository(DataSource dataSource) {
        this.db = PostgresDsl.create(dataSource);
    }

    @Override
    public void add(RefreshToken token) {
        db.executeInsert(new RefreshTokensRecord(token.hash().value(), token.grant().value(), token.client().value(),
                token.user().value(), token.login(), token.scopes().asString(), toDb(token.issuedAt()),
                toDb(token.expiresAt()), toDb(token.rotatedAt().orElse(null)), toDb(token.retriedAt().orElse(null))));
    }

    @Override
    public Optional<RefreshToken> find(TokenHash hash) {
        return db.selectFrom(REFRESH_TOKENS).where(REFRESH_TOKENS.HASH.eq(hash.value()))
                .fetchOptional().map(PostgresRefreshTokenRepository::toToken);
    }

    @Override
    public boolean markRotated(TokenHash hash, Instant now) {
        return db.update(REFRESH_TOKENS)
                .set(REFRESH_TOKENS.ROTATED_AT, toDb(now))
                .where(REFRESH_TOKENS.HASH.eq(hash.value()))
                .and(REFRESH_TOKENS.ROTATED_AT.isNull())
                .execute() == 1;
    }

    @Override
    public boolean markRetried(TokenHash hash, Instant now) {
        return db.update(REFRESH_TOKENS)
                .set(REFRESH_TOKENS.RETRIED_AT, toDb(now))
                .where(REFRESH_TOKENS.HASH.eq(hash.value()))
                .and(REFRESH_TOKENS.ROTATED_AT.isNotNull())
                .and(REFRESH_TOKENS.RETRIED_AT.isNull())
                .execute() == 1;
    }

    private static RefreshToken toToken(RefreshTokensRecord r) {
        return new RefreshToken(new TokenHash(r.getHash()), new GrantId(r.getGrantId()), new ClientId(r.getClientId()),
                new UserId(r.getUserId()), r.getLogin(), Scopes.parse(r.getScopes()), fromDb(r.getIssuedAt()),
                fromDb(r.getExpiresAt()), Optional.ofNullable(fromDb(r.getRotatedAt())),
                Optional.ofNullable(fromDb(r.getRetriedAt())));
    }
}
