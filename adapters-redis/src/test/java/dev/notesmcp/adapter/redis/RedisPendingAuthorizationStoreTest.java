package dev.notesmcp.adapter.redis;

import dev.notesmcp.application.port.out.PendingAuthorizationStore;
import dev.notesmcp.application.port.out.PendingAuthorizationStoreContract;

import java.time.Clock;

class RedisPendingAuthorizationStoreTest extends PendingAuthorizationStoreContract {

    @Override
    protected PendingAuthorizationStore newStore(Clock clock) {
        return new RedisPendingAuthorizationStore(TestRedis.connections(), clock);
    }
}
