package dev.notesmcp.adapter.postgres.oauth;

import dev.notesmcp.adapter.postgres.TestDatabase;
import dev.notesmcp.application.port.out.RefreshTokenRepository;
import dev.notesmcp.application.port.out.RefreshTokenRepositoryContract;

class PostgresRefreshTokenRepositoryTest extends RefreshTokenRepositoryContract {

    @Override
    protected RefreshTokenRepository newRepository() {
        return new PostgresRefreshTokenRepository(TestDatabase.dataSource());
    }
}
