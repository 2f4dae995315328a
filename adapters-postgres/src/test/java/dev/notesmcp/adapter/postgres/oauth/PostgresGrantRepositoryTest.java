package dev.notesmcp.adapter.postgres.oauth;

import dev.notesmcp.adapter.postgres.TestDatabase;
import dev.notesmcp.application.port.out.GrantRepository;
import dev.notesmcp.application.port.out.GrantRepositoryContract;

class PostgresGrantRepositoryTest extends GrantRepositoryContract {

    @Override
    protected GrantRepository newRepository() {
        return new PostgresGrantRepository(TestDatabase.dataSource());
    }
}
