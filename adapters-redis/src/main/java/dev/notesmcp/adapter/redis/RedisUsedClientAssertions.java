package dev.notesmcp.adapter.redis;

import dev.notesmcp.application.port.out.UsedClientAssertions;
import dev.notesmcp.domain.oauth.TokenHash;
import io.lettuce.core.SetArgs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Used client assertions in Redis: {@code SET <prefix>assertion:<hash> 1 NX PX <until expiry>}.
 * NX makes the first use atomic across every instance; Redis forgets the key when the assertion
 * expires. An assertion already expired (by {@code clock}) needs no entry: nothing accepts it anyway.
 */
public final class RedisUsedClientAssertions implements UsedClientAssertions {

    private final RedisConnections redis;
    private final Clock clock;

    public RedisUsedClientAssertions(RedisConnections redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    @Override
    public boolean firstUse(TokenHash assertion, Instant expiresAt) {
        long millis = Duration.between(clock.instant(), expiresAt).toMillis();
        if (millis <= 0) {
            return true;
        }
        String key = redis.key("assertion:" + assertion.value());
        return "OK".equals(redis.call(commands -> commands.set(key, "1", SetArgs.Builder.nx().px(millis))));
    }
}
