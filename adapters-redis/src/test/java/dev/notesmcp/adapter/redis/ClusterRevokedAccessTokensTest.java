package dev.notesmcp.adapter.redis;

/** {@link RedisRevokedAccessTokensTest} on a three-node Redis Cluster. */
class ClusterRevokedAccessTokensTest extends RedisRevokedAccessTokensTest {

    @Override
    protected RedisConnections redis() {
        return RedisTopologies.cluster();
    }
}
