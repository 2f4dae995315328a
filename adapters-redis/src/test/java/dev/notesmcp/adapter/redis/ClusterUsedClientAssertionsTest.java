package dev.notesmcp.adapter.redis;

/** {@link RedisUsedClientAssertionsTest} on a three-node Redis Cluster. */
class ClusterUsedClientAssertionsTest extends RedisUsedClientAssertionsTest {

    @Override
    protected RedisConnections redis() {
        return RedisTopologies.cluster();
    }
}
