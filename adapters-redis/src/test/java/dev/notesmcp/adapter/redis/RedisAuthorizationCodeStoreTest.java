package dev.notesmcp.adapter.redis;

import dev.notesmcp.application.port.out.AuthorizationCodeStore;
import dev.notesmcp.application.port.out.AuthorizationCodeStoreContract;

class RedisAuthorizationCodeStoreTest extends AuthorizationCodeStoreContract {

    @Override
    protected AuthorizationCodeStore newStore() {
        return new RedisAuthorizationCodeStore(TestRedis.connections());
    }
}
