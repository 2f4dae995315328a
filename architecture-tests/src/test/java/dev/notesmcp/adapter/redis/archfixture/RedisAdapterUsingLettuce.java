package dev.notesmcp.adapter.redis.archfixture;

import io.lettuce.archfixture.FakeRedisClient;

/** Lettuce where it belongs (the future Redis adapter). */
public final class RedisAdapterUsingLettuce {

    public FakeRedisClient lettuce() {
        return null;
    }
}
