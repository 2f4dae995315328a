package dev.notesmcp.adapter.redis;

/** {@link RedisUsedClientAssertionsTest} on a master found through Sentinel. */
class SentinelUsedClientAssertionsTest extends RedisUsedClientAssertionsTest {

    @Override
    protected RedisConnections redis() {
        return RedisTopologies.sentinel();
    }
}
