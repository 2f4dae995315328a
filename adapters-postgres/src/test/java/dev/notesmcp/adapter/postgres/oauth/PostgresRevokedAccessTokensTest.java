package dev.notesmcp.adapter.postgres.oauth;

import dev.notesmcp.adapter.postgres.TestDatabase;
import dev.notesmcp.application.port.out.RevokedAccessTokens;
import dev.notesmcp.application.port.out.RevokedAccessTokensContract;

import java.time.Clock;

class PostgresRevokedAccessTokensTest extends RevokedAccessTokensContract {

    @Override
    protected RevokedAccessTokens newStore(Clock clock) {
        return new PostgresRevokedAccessTokens(TestDatabase.dataSource(), clock);
    }
}
