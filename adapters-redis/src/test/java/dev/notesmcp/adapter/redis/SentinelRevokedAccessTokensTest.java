package dev.notesmcp.adapter.redis;

/** {@link RedisRevokedAccessTokensTest} on a master found through Sentinel. */
class SentinelRevokedAccessTokensTest extends RedisRevokedAccessTokensTest {

    @Override
    protected RedisConnections redis() {
        return RedisTopologies.sentinel();
    }
}
