package dev.notesmcp.adapter.postgres.oauth;

import dev.notesmcp.adapter.postgres.TestDatabase;
import dev.notesmcp.application.port.out.PendingAuthorizationStore;
import dev.notesmcp.application.port.out.PendingAuthorizationStoreContract;

import java.time.Clock;

class PostgresPendingAuthorizationStoreTest extends PendingAuthorizationStoreContract {

    @Override
    protected PendingAuthorizationStore newStore(Clock clock) {
        return new PostgresPendingAuthorizationStore(TestDatabase.dataSource(), clock);
    }
}
