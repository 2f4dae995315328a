package dev.notesmcp.adapter.redis;

import dev.notesmcp.application.port.out.AuthorizationCodeStore;
import dev.notesmcp.domain.oauth.AuthorizationCode;
import dev.notesmcp.domain.oauth.TokenHash;
import io.lettuce.core.ScriptOutputType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Authorization codes in Redis, one hash per code under {@code <prefix>code:<hash>}: the code as
 * issued ({@code data}), when it is forgotten ({@code forget_at}, epoch ms = expiry + 10 minutes,
 * so a late replay is still recognised) and, once redeemed, {@code redeemed_at}. Redemption is one
 * Lua script, so exactly one caller stamps {@code redeemed_at} and every caller gets the code as it
 * was before. The key expires by itself {@link #KEY_TTL} after it was added ({@code add} happens at
 * issue time); the script also compares the caller's {@code now} with {@code forget_at}, so the
 * logical time of the caller decides, as in the other stores.
 */
public final class RedisAuthorizationCodeStore implements AuthorizationCodeStore {

    static final Duration KEEP_AFTER_EXPIRY = Duration.ofMinutes(10);
    /** How long Redis keeps a code: its lifetime plus the replay window. */
    static final Duration KEY_TTL = AuthorizationCode.LIFETIME.plus(KEEP_AFTER_EXPIRY);

    private static final LuaScript ADD = new LuaScript("""
            redis.call('DEL', KEYS[1])
            redis.call('HSET', KEYS[1], 'data', ARGV[1], 'forget_at', ARGV[2])
            redis.call('PEXPIRE', KEYS[1], ARGV[3])
            return 1
            """, ScriptOutputType.INTEGER);

    private static final LuaScript REDEEM = new LuaScript("""
            local v = redis.call('HMGET', KEYS[1], 'data', 'forget_at', 'redeemed_at')
            if not v[1] then
              return {}
            end
            if tonumber(ARGV[1]) > tonumber(v[2]) then
              redis.call('DEL', KEYS[1])
              return {}
            end
            if not v[3] then
              redis.call('HSET', KEYS[1], 'redeemed_at', ARGV[2])
              return {v[1]}
            end
            return {v[1], v[3]}
            """, ScriptOutputType.MULTI);

    private final RedisConnections redis;

    public RedisAuthorizationCodeStore(RedisConnections redis) {
        this.redis = redis;
    }

    @Override
    public void add(AuthorizationCode code) {
        long forgetAt = code.expiresAt().plus(KEEP_AFTER_EXPIRY).toEpochMilli();
        ADD.<Long>run(redis, key(code.hash()), Codecs.encodeIssued(code), Long.toString(forgetAt),
                Long.toString(KEY_TTL.toMillis()));
        if (code.redeemedAt().isPresent()) {
            // not how codes arrive, but keep what we were given
            redeem(code.hash(), code.redeemedAt().get());
        }
    }

    @Override
    public Optional<AuthorizationCode> redeem(TokenHash hash, Instant now) {
        List<Object> reply = REDEEM.run(redis, key(hash), Long.toString(now.toEpochMilli()), now.toString());
        if (reply == null || reply.isEmpty()) {
            return Optional.empty();
        }
        Optional<Instant> redeemedAt = reply.size() > 1 ? Optional.of(Instant.parse((String) reply.get(1))) : Optional.empty();
        return Optional.of(Codecs.decodeCode((String) reply.getFirst(), redeemedAt));
    }

    private String key(TokenHash hash) {
        return redis.key("code:" + hash.value());
    }
}
