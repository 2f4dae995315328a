package dev.notesmcp.adapter.redis;

/** {@link RedisPendingAuthorizationStoreTest} on a master found through Sentinel. */
class SentinelPendingAuthorizationStoreTest extends RedisPendingAuthorizationStoreTest {

    @Override
    protected RedisConnections redis() {
        return RedisTopologies.sentinel();
    }
}
