package dev.notesmcp.adapter.postgres.oauth;

import dev.notesmcp.adapter.postgres.PostgresDsl;
import dev.notesmcp.adapter.postgres.jooq.tables.records.SigningKeysRecord;
import dev.notesmcp.application.port.out.SigningKeyRepository;
import dev.notesmcp.domain.token.SigningKey;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static dev.notesmcp.adapter.postgres.PostgresDsl.fromDb;
import static dev.notesmcp.adapter.postgres.PostgresDsl.toDb;
import static dev.notesmcp.adapter.postgres.jooq.Tables.SIGNING_KEYS;

/**
 * Signing keys in PostgreSQL. A rotation locks the table for its transaction, so instances that
 * rotate at the same moment (each one's {@code JWT_KEY_ROTATION} timer) add one key, not several.
 */
public final class PostgresSigningKeyRepository implements SigningKeyRepository {

    private final DSLContext db;

    public PostgresSigningKeyRepository(DataSource dataSource) {
        this.db = PostgresDsl.create(dataSource);
    }

    @Override
    public List<SigningKey> acceptedAt(Instant now) {
        return db.selectFrom(SIGNING_KEYS)
                .where(SIGNING_KEYS.NOT_AFTER.isNull().or(SIGNING_KEYS.NOT_AFTER.gt(toDb(now))))
                .fetch(PostgresSigningKeyRepository::toDomain);
    }

    @Override
    public boolean rotate(SigningKey next, Instant predecessorsNotAfter, Instant onlyIfNewestActiveBefore) {
        return db.transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration);
            // Readers are not blocked; a second rotation waits here and then sees the first one's key.
            tx.execute("LOCK TABLE signing_keys IN SHARE ROW EXCLUSIVE MODE");
            OffsetDateTime newest = tx.select(DSL.max(SIGNING_KEYS.ACTIVE_FROM)).from(SIGNING_KEYS).fetchOne().value1();
            if (newest != null && !fromDb(newest).isBefore(onlyIfNewestActiveBefore)) {
                return false;
            }
            tx.update(SIGNING_KEYS).set(SIGNING_KEYS.NOT_AFTER, toDb(predecessorsNotAfter))
                    .where(SIGNING_KEYS.NOT_AFTER.isNull()).execute();
            tx.insertInto(SIGNING_KEYS)
                    .set(SIGNING_KEYS.KEY_ID, next.keyId())
                    .set(SIGNING_KEYS.CREATED_AT, toDb(next.createdAt()))
                    .set(SIGNING_KEYS.ACTIVE_FROM, toDb(next.activeFrom()))
                    .set(SIGNING_KEYS.NOT_AFTER, toDb(next.notAfter().orElse(null)))
                    .set(SIGNING_KEYS.PUBLIC_KEY, next.publicKey())
                    .set(SIGNING_KEYS.ENCRYPTED_PRIVATE_KEY, next.encryptedPrivateKey())
                    .execute();
            return true;
        });
    }

    private static SigningKey toDomain(SigningKeysRecord row) {
        return new SigningKey(row.getKeyId(), fromDb(row.getCreatedAt()), fromDb(row.getActiveFrom()),
                Optional.ofNullable(fromDb(row.getNotAfter())), row.getPublicKey(), row.getEncryptedPrivateKey());
    }
}
