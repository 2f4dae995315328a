package dev.notesmcp.adapter.postgres;

import org.jooq.DSLContext;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;

import static dev.notesmcp.adapter.postgres.PostgresDsl.toDb;
import static dev.notesmcp.adapter.postgres.jooq.Tables.AUTHORIZATION_CODES;
import static dev.notesmcp.adapter.postgres.jooq.Tables.GRANT_ACCESS_TOKENS;
import static dev.notesmcp.adapter.postgres.jooq.Tables.PENDING_AUTHORIZATIONS;
import static dev.notesmcp.adapter.postgres.jooq.Tables.RATE_LIMIT_WINDOWS;
import static dev.notesmcp.adapter.postgres.jooq.Tables.REFRESH_TOKENS;
import static dev.notesmcp.adapter.postgres.jooq.Tables.REVOKED_ACCESS_TOKENS;
import static dev.notesmcp.adapter.postgres.jooq.Tables.SIGNING_KEYS;
import static dev.notesmcp.adapter.postgres.jooq.Tables.USED_CLIENT_ASSERTIONS;

/**
 * Deletes rows that can no longer matter: pending authorizations, revoked token ids, issued
 * access-token ids, used client assertions, rate-limit windows and retired signing keys past their expiry; codes past expiry plus the replay
 * window; refresh tokens past their own expiry. Run in the background (see bootstrap), in small
 * statements on indexed columns, so requests never wait for it.
 */
public final class ExpiredRowsCleaner {

    /** As long as the memory store keeps a code after expiry, so a late replay is still recognised. */
    static final Duration CODE_REPLAY_WINDOW = Duration.ofMinutes(10);

    private final DSLContext db;

    public ExpiredRowsCleaner(DataSource dataSource) {
        this.db = PostgresDsl.create(dataSource);
    }

    /** Returns how many rows went. */
    public int purge(Instant now) {
        return db.deleteFrom(PENDING_AUTHORIZATIONS).where(PENDING_AUTHORIZATIONS.EXPIRES_AT.le(toDb(now))).execute()
                + db.deleteFrom(AUTHORIZATION_CODES)
                .where(AUTHORIZATION_CODES.EXPIRES_AT.lt(toDb(now.minus(CODE_REPLAY_WINDOW)))).execute()
                + db.deleteFrom(REVOKED_ACCESS_TOKENS).where(REVOKED_ACCESS_TOKENS.EXPIRES_AT.le(toDb(now))).execute()
                + db.deleteFrom(GRANT_ACCESS_TOKENS).where(GRANT_ACCESS_TOKENS.EXPIRES_AT.le(toDb(now))).execute()
                + db.deleteFrom(USED_CLIENT_ASSERTIONS).where(USED_CLIENT_ASSERTIONS.EXPIRES_AT.le(toDb(now))).execute()
                + db.deleteFrom(RATE_LIMIT_WINDOWS).where(RATE_LIMIT_WINDOWS.EXPIRES_AT.le(toDb(now))).execute()
                + db.deleteFrom(REFRESH_TOKENS).where(REFRESH_TOKENS.EXPIRES_AT.le(toDb(now))).execute()
                + db.deleteFrom(SIGNING_KEYS).where(SIGNING_KEYS.NOT_AFTER.le(toDb(now))).execute();
    }
}
