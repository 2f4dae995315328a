package dev.notesmcp.adapter.redis;

import dev.notesmcp.application.port.out.UsedClientAssertions;
import dev.notesmcp.application.port.out.UsedClientAssertionsContract;

import java.time.Clock;

class RedisUsedClientAssertionsTest extends UsedClientAssertionsContract {

    @Override
    protected UsedClientAssertions newStore(Clock clock) {
        return new RedisUsedClientAssertions(TestRedis.connections(), clock);
    }
}
