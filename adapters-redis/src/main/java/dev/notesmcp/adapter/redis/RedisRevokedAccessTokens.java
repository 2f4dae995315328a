package dev.notesmcp.adapter.redis;

import dev.notesmcp.application.port.out.RevokedAccessTokens;
import io.lettuce.core.ScriptOutputType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Revoked access-token ids in Redis: {@code SET <prefix>revoked:<jti> 1 PX <until the token's expiry>};
 * {@code isRevoked} is {@code EXISTS}. A token already expired (by {@code clock}) needs no entry.
 * Every call is a round trip: a cache in front of it (bounded staleness) belongs to the caller.
 */
public final class RedisRevokedAccessTokens implements RevokedAccessTokens {

    /** {@code SET key 1 PX ms}, unless the key already lives longer: a second revocation never shortens the first. */
    private static final LuaScript REVOKE = new LuaScript("""
            local ttl = redis.call('PTTL', KEYS[1])
            if ttl < tonumber(ARGV[1]) then
              redis.call('SET', KEYS[1], '1', 'PX', ARGV[1])
            end
            return 1
            """, ScriptOutputType.INTEGER);

    private final RedisConnections redis;
    private final Clock clock;

    public RedisRevokedAccessTokens(RedisConnections redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    @Override
    public void revoke(String tokenId, Instant expiresAt) {
        long millis = Duration.between(clock.instant(), expiresAt).toMillis();
        if (millis <= 0) {
            return;
        }
        String key = key(tokenId);
        REVOKE.<Long>run(redis, key, Long.toString(millis));
    }

    @Override
    public boolean isRevoked(String tokenId) {
        return redis.call(commands -> commands.exists(key(tokenId))) > 0;
    }

    private String key(String tokenId) {
        return redis.key("revoked:" + tokenId);
    }
}
