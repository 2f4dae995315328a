package dev.notesmcp.adapter.postgres.oauth;

import dev.notesmcp.adapter.postgres.TestDatabase;
import dev.notesmcp.application.port.out.ClientRepository;
import dev.notesmcp.application.port.out.ClientRepositoryContract;

class PostgresClientRepositoryTest extends ClientRepositoryContract {

    @Override
    protected ClientRepository newRepository() {
        return new PostgresClientRepository(TestDatabase.dataSource());
    }
}
