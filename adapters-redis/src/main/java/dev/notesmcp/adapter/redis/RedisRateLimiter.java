package dev.notesmcp.adapter.redis;

import dev.notesmcp.application.port.out.RateLimiter;
import dev.notesmcp.domain.oauth.RateLimit;
import io.lettuce.core.ScriptOutputType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Fixed-window counters in Redis, shared by every instance: one Lua script does {@code INCR}, then
 * {@code PTTL}, and {@code PEXPIRE} only when the key has no expiry yet (the first request of a
 * window starts its clock), so the count and the window cannot drift apart. The window is timed by
 * Redis's clock, not the caller's {@code now}. Keys: {@code <prefix>rate:<window ms>:<key>}. Nothing
 * newer than Redis 2.6 here ({@code PEXPIRE … NX}, Redis 7, would say the same in one call).
 */
public final class RedisRateLimiter implements RateLimiter {

    private static final LuaScript ACQUIRE = new LuaScript("""
            local count = redis.call('INCR', KEYS[1])
            local ttl = redis.call('PTTL', KEYS[1])
            if ttl < 0 then
              redis.call('PEXPIRE', KEYS[1], ARGV[1])
              ttl = tonumber(ARGV[1])
            end
            return {count, ttl}
            """, ScriptOutputType.MULTI);

    private final RedisConnections redis;

    public RedisRateLimiter(RedisConnections redis) {
        this.redis = redis;
    }

    @Override
    public Optional<Duration> tryAcquire(String key, RateLimit limit, Instant now) {
        long windowMillis = Math.max(1, limit.window().toMillis());
        List<Object> reply = ACQUIRE.run(redis, redis.key("rate:" + windowMillis + ":" + key),
                Long.toString(windowMillis));
        long count = (Long) reply.get(0);
        long ttl = (Long) reply.get(1);
        if (count <= limit.permits()) {
            return Optional.empty();
        }
        return Optional.of(ttl > 0 ? Duration.ofMillis(ttl) : Duration.ofSeconds(1));
    }
}
