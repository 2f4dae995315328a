package dev.notesmcp.adapter.postgres.oauth;

import dev.notesmcp.adapter.postgres.TestDatabase;
import dev.notesmcp.application.port.out.ConsentRepository;
import dev.notesmcp.application.port.out.ConsentRepositoryContract;

class PostgresConsentRepositoryTest extends ConsentRepositoryContract {

    @Override
    protected ConsentRepository newRepository() {
        return new PostgresConsentRepository(TestDatabase.dataSource());
    }
}
