package dev.notesmcp.adapter.postgres.oauth;

import dev.notesmcp.adapter.postgres.PostgresDsl;
import dev.notesmcp.application.port.out.UsedClientAssertions;
import dev.notesmcp.domain.oauth.TokenHash;
import org.jooq.DSLContext;

import javax.sql.DataSource;
import java.time.Instant;

import static dev.notesmcp.adapter.postgres.PostgresDsl.toDb;
import static dev.notesmcp.adapter.postgres.jooq.Tables.USED_CLIENT_ASSERTIONS;

/**
 * Used client assertions: the primary key makes "first use" one atomic insert, so of two
 * instances presented the same assertion at once exactly one succeeds. Expired rows go with the
 * {@code ExpiredRowsCleaner}.
 */
public final class PostgresUsedClientAssertions implements UsedClientAssertions {

    private final DSLContext db;

    public PostgresUsedClientAssertions(DataSource dataSource) {
        this.db = PostgresDsl.create(dataSource);
    }

    @Override
    public boolean firstUse(TokenHash assertion, Instant expiresAt) {
        return db.insertInto(USED_CLIENT_ASSERTIONS)
                .set(USED_CLIENT_ASSERTIONS.ASSERTION_HASH, assertion.value())
                .set(USED_CLIENT_ASSERTIONS.EXPIRES_AT, toDb(expiresAt))
                .onConflictDoNothing()
                .execute() == 1;
    }
}
