package dev.notesmcp.adapter.postgres.oauth;

import dev.notesmcp.adapter.postgres.TestDatabase;
import dev.notesmcp.application.port.out.UsedClientAssertions;
import dev.notesmcp.application.port.out.UsedClientAssertionsContract;

import java.time.Clock;

class PostgresUsedClientAssertionsTest extends UsedClientAssertionsContract {

    @Override
    protected UsedClientAssertions newStore(Clock clock) {
        return new PostgresUsedClientAssertions(TestDatabase.dataSource());
    }
}
