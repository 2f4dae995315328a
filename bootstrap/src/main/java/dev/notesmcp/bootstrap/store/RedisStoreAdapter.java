package dev.notesmcp.bootstrap.store;

import dev.notesmcp.adapter.redis.RedisAuthorizationCodeStore;
import dev.notesmcp.adapter.redis.RedisConnections;
import dev.notesmcp.adapter.redis.RedisHealth;
import dev.notesmcp.adapter.redis.RedisPendingAuthorizationStore;
import dev.notesmcp.adapter.redis.RedisRateLimiter;
import dev.notesmcp.adapter.redis.RedisRevokedAccessTokens;
import dev.notesmcp.adapter.redis.RedisSettings;
import dev.notesmcp.adapter.redis.RedisUsedClientAssertions;
import dev.notesmcp.application.port.out.HealthIndicator;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Redis ({@code redis}), for short-lived state only: {@code REDIS_URL} (required once chosen; one
 * server, {@code redis-sentinel://…#master} or {@code redis-cluster://} seeds) and
 * {@code REDIS_KEY_PREFIX} (default {@code notes-mcp:}), checked by the adapter's own {@link RedisSettings}.
 */
public final class RedisStoreAdapter implements StoreAdapter {

    public static final String NAME = "redis";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean holdsDurableState() {
        return false;
    }

    @Override
    public Optional<ConfiguredStore> configure(Function<String, Optional<String>> variables, boolean chosen,
                                               List<String> problems) {
        Optional<String> prefix = keyPrefix(variables.apply("REDIS_KEY_PREFIX"), problems);
        Optional<String> url = variables.apply("REDIS_URL");
        if (url.isEmpty()) {
            if (chosen) {
                problems.add("REDIS_URL: required with EPHEMERAL_STORE=redis, e.g. redis://:password@localhost:6379/0");
            }
            return Optional.empty();
        }
        RedisSettings settings;
        try {
            settings = RedisSettings.of(url.get());
        } catch (IllegalArgumentException e) {
            // RedisUrl's messages name the variable and never repeat the password.
            problems.add(e.getMessage());
            return Optional.empty();
        }
        return prefix.map(settings::withKeyPrefix).map(Redis::new);
    }

    private static Optional<String> keyPrefix(Optional<String> raw, List<String> problems) {
        String prefix = raw.orElse(RedisSettings.DEFAULT_KEY_PREFIX);
        if (!prefix.matches("[A-Za-z0-9:_.-]{1,64}")) {
            problems.add("REDIS_KEY_PREFIX: must be 1 to 64 letters, digits or : _ . - (got '" + prefix + "')");
            return Optional.empty();
        }
        return Optional.of(prefix);
    }

    /** Redis with its checked settings ({@code RedisUrl}'s {@code toString} hides the password). */
    public record Redis(RedisSettings settings) implements ConfiguredStore {

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public boolean sharedByInstances() {
            return true;
        }

        @Override
        public StoreModule open(Clock clock) {
            return new Module(RedisConnections.lazy(settings), clock);
        }
    }

    /** One lazy connection: a Redis that is down at start-up gives 503s and /health "down", not a crash. */
    private static final class Module implements StoreModule {

        private final RedisConnections redis;
        private final Stores.ShortLived shortLived;

        Module(RedisConnections redis, Clock clock) {
            this.redis = redis;
            this.shortLived = new Stores.ShortLived(new RedisPendingAuthorizationStore(redis, clock),
                    new RedisAuthorizationCodeStore(redis), new RedisRevokedAccessTokens(redis, clock),
                    new RedisUsedClientAssertions(redis, clock), new RedisRateLimiter(redis));
        }

        @Override
        public Stores.Durable durable() {
            throw new UnsupportedOperationException("redis holds only short-lived state");
        }

        @Override
        public Stores.ShortLived shortLived() {
            return shortLived;
        }

        @Override
        public List<HealthIndicator> health() {
            return List.of(new RedisHealth(redis));
        }

        @Override
        public void close() {
            // Redis keys expire by themselves (PX/EXPIRE): no cleaner.
            redis.close();
        }
    }
}
