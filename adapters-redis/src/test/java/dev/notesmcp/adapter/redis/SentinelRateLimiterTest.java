package dev.notesmcp.adapter.redis;

/** {@link RedisRateLimiterTest} on a master found through Sentinel. */
class SentinelRateLimiterTest extends RedisRateLimiterTest {

    @Override
    protected RedisConnections redis() {
        return RedisTopologies.sentinel();
    }
}
