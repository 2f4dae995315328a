package dev.notesmcp.adapter.postgres.oauth;

import dev.notesmcp.adapter.postgres.TestDatabase;
import dev.notesmcp.application.port.out.SigningKeyRepository;
import dev.notesmcp.application.port.out.SigningKeyRepositoryContract;
import org.jooq.impl.DSL;

import static dev.notesmcp.adapter.postgres.jooq.Tables.SIGNING_KEYS;

class PostgresSigningKeyRepositoryTest extends SigningKeyRepositoryContract {

    /** The keys are one set per schema, so each test starts from an empty table. */
    @Override
    protected SigningKeyRepository emptyStore() {
        DSL.using(TestDatabase.dataSource(), org.jooq.SQLDialect.POSTGRES).deleteFrom(SIGNING_KEYS).execute();
        return new PostgresSigningKeyRepository(TestDatabase.dataSource());
    }
}
