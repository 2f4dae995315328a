package dev.notesmcp.adapter.redis;

import dev.notesmcp.application.port.out.RevokedAccessTokens;
import dev.notesmcp.application.port.out.RevokedAccessTokensContract;

import java.time.Clock;

class RedisRevokedAccessTokensTest extends RevokedAccessTokensContract {

    @Override
    protected RevokedAccessTokens newStore(Clock clock) {
        return new RedisRevokedAccessTokens(TestRedis.connections(), clock);
    }
}
