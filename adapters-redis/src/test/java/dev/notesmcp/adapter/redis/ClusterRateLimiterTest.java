package dev.notesmcp.adapter.redis;

/** {@link RedisRateLimiterTest} on a three-node Redis Cluster. */
class ClusterRateLimiterTest extends RedisRateLimiterTest {

    @Override
    protected RedisConnections redis() {
        return RedisTopologies.cluster();
    }
}
