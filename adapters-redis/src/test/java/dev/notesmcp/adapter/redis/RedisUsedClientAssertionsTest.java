package dev.notesmcp.adapter.redis;

import dev.notesmcp.application.port.out.UsedClientAssertions;
import dev.notesmcp.application.port.out.UsedClientAssertionsContract;

import java.time.Clock;

class RedisUsedClientAssertionsTest extends UsedClientAssertionsContract {

    /** The Redis these tests run on; a subclass per topology overrides it. */
    protected RedisConnections redis() {
        return TestRedis.connections();
    }

    @Override
    protected UsedClientAssertions newStore(Clock clock) {
        return new RedisUsedClientAssertions(redis(), clock);
    }
}
