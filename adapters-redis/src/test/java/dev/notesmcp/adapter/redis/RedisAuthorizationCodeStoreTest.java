package dev.notesmcp.adapter.redis;

import dev.notesmcp.application.port.out.AuthorizationCodeStore;
import dev.notesmcp.application.port.out.AuthorizationCodeStoreContract;

class RedisAuthorizationCodeStoreTest extends AuthorizationCodeStoreContract {

    /** The Redis these tests run on; a subclass per topology overrides it. */
    protected RedisConnections redis() {
        return TestRedis.connections();
    }

    @Override
    protected AuthorizationCodeStore newStore() {
        return new RedisAuthorizationCodeStore(redis());
    }
}
