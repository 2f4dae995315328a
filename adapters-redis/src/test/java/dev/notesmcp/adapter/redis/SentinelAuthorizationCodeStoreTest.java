package dev.notesmcp.adapter.redis;

/** {@link RedisAuthorizationCodeStoreTest} on a master found through Sentinel. */
class SentinelAuthorizationCodeStoreTest extends RedisAuthorizationCodeStoreTest {

    @Override
    protected RedisConnections redis() {
        return RedisTopologies.sentinel();
    }
}
