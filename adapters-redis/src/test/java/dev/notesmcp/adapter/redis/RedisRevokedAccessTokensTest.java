package dev.notesmcp.adapter.redis;

import dev.notesmcp.application.port.out.RevokedAccessTokens;
import dev.notesmcp.application.port.out.RevokedAccessTokensContract;

import java.time.Clock;

class RedisRevokedAccessTokensTest extends RevokedAccessTokensContract {

    /** The Redis these tests run on; a subclass per topology overrides it. */
    protected RedisConnections redis() {
        return TestRedis.connections();
    }

    @Override
    protected RevokedAccessTokens newStore(Clock clock) {
        return new RedisRevokedAccessTokens(redis(), clock);
    }
}
