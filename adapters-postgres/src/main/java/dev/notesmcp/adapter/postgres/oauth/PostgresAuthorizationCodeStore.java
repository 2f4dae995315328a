package dev.notesmcp.adapter.postgres.oauth;

import dev.notesmcp.adapter.postgres.PostgresDsl;
import dev.notesmcp.adapter.postgres.jooq.tables.records.AuthorizationCodesRecord;
import dev.notesmcp.application.port.out.AuthorizationCodeStore;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.AuthorizationCode;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.CodeChallenge;
import dev.notesmcp.domain.oauth.GrantId;
import dev.notesmcp.domain.oauth.TokenHash;
import dev.notesmcp.domain.token.Scopes;
import org.jooq.DSLContext;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static dev.notesmcp.adapter.postgres.PostgresDsl.fromDb;
import static dev.notesmcp.adapter.postgres.PostgresDsl.toDb;
import static dev.notesmcp.adapter.postgres.jooq.Tables.AUTHORIZATION_CODES;

/**
 * Authorization codes by hash. Redemption locks the code's row ({@code SELECT … FOR UPDATE}),
 * so concurrent redemptions queue up: the first sees it unredeemed and stamps it, every later one
 * sees the first one's time. A redeemed code is kept a while past its expiry so that a late
 * replay is still recognised (and revokes its grant); after that it is forgotten.
 */
public final class PostgresAuthorizationCodeStore implements AuthorizationCodeStore {

    static final Duration KEEP_AFTER_EXPIRY = Duration.ofMinutes(10);

    private final DSLContext db;

    public PostgresAuthorizationCodeStore(DataSource dataSource) {
        this.db = PostgresDsl.create(dataSource);
    }

    @Override
    public void add(AuthorizationCode code) {
        db.executeInsert(new AuthorizationCodesRecord(code.hash().value(), code.grant().value(), code.client().value(),
                code.redirectUri(), code.challenge().value(), code.user().value(), code.login(),
                code.scopes().asString(), toDb(code.expiresAt()), toDb(code.redeemedAt().orElse(null))));
    }

    @Override
    public Optional<AuthorizationCode> redeem(TokenHash hash, Instant now) {
        return db.transactionResult(tx -> {
            DSLContext t = tx.dsl();
            Optional<AuthorizationCodesRecord> before = t.selectFrom(AUTHORIZATION_CODES)
                    .where(AUTHORIZATION_CODES.HASH.eq(hash.value()))
                    .forUpdate()
                    .fetchOptional();
            if (before.isEmpty()) {
                return Optional.empty();
            }
            AuthorizationCode code = toCode(before.get());
            if (now.isAfter(code.expiresAt().plus(KEEP_AFTER_EXPIRY))) {
                t.deleteFrom(AUTHORIZATION_CODES).where(AUTHORIZATION_CODES.HASH.eq(hash.value())).execute();
                return Optional.empty();
            }
            if (code.redeemedAt().isEmpty()) {
                t.update(AUTHORIZATION_CODES)
                        .set(AUTHORIZATION_CODES.REDEEMED_AT, toDb(now))
                        .where(AUTHORIZATION_CODES.HASH.eq(hash.value()))
                        .execute();
            }
            return Optional.of(code);
        });
    }

    /** Drops codes past their expiry and the replay window; returns how many. */
    public int purgeExpired(Instant now) {
        return db.deleteFrom(AUTHORIZATION_CODES)
                .where(AUTHORIZATION_CODES.EXPIRES_AT.lt(toDb(now.minus(KEEP_AFTER_EXPIRY))))
                .execute();
    }

    private static AuthorizationCode toCode(AuthorizationCodesRecord r) {
        return new AuthorizationCode(new TokenHash(r.getHash()), new GrantId(r.getGrantId()),
                new ClientId(r.getClientId()), r.getRedirectUri(), new CodeChallenge(r.getCodeChallenge()),
                new UserId(r.getUserId()), r.getLogin(), Scopes.parse(r.getScopes()), fromDb(r.getExpiresAt()),
                Optional.ofNullable(fromDb(r.getRedeemedAt())));
    }
}
