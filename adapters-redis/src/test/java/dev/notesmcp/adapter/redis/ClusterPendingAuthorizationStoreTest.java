package dev.notesmcp.adapter.redis;

/** {@link RedisPendingAuthorizationStoreTest} on a three-node Redis Cluster. */
class ClusterPendingAuthorizationStoreTest extends RedisPendingAuthorizationStoreTest {

    @Override
    protected RedisConnections redis() {
        return RedisTopologies.cluster();
    }
}
