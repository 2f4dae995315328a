package dev.notesmcp.adapter.redis;

/** {@link RedisAuthorizationCodeStoreTest} on a three-node Redis Cluster. */
class ClusterAuthorizationCodeStoreTest extends RedisAuthorizationCodeStoreTest {

    @Override
    protected RedisConnections redis() {
        return RedisTopologies.cluster();
    }
}
