package dev.notesmcp.adapter.postgres.oauth;

import dev.notesmcp.adapter.postgres.TestDatabase;
import dev.notesmcp.application.port.out.AuthorizationCodeStore;
import dev.notesmcp.application.port.out.AuthorizationCodeStoreContract;

class PostgresAuthorizationCodeStoreTest extends AuthorizationCodeStoreContract {

    @Override
    protected AuthorizationCodeStore newStore() {
        return new PostgresAuthorizationCodeStore(TestDatabase.dataSource());
    }
}
