package dev.notesmcp.adapter.redis;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach Redis: the URL, connect and command timeouts (2 s each by default) and the prefix
 * every key gets ({@code notes-mcp:} by default), so several deployments or test runs can share
 * one Redis database. The prefix holds no braces: a hash tag there would put every key in one
 * cluster slot, on one node.
 */
public record RedisSettings(RedisUrl url, Duration connectTimeout, Duration commandTimeout, String keyPrefix) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(2);
    public static final String DEFAULT_KEY_PREFIX = "notes-mcp:";

    public RedisSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(commandTimeout, "commandTimeout");
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || commandTimeout.isNegative() || commandTimeout.isZero()) {
            throw new IllegalArgumentException("Redis timeouts must be positive");
        }
        if (keyPrefix.contains("{") || keyPrefix.contains("}")) {
            throw new IllegalArgumentException("the Redis key prefix must not contain { or }: a hash tag there"
                    + " would put every key in one cluster slot");
        }
    }

    /** {@code REDIS_URL} with the default timeouts and key prefix. */
    public static RedisSettings of(String redisUrl) {
        return new RedisSettings(RedisUrl.parse(redisUrl), DEFAULT_CONNECT_TIMEOUT, DEFAULT_COMMAND_TIMEOUT,
                DEFAULT_KEY_PREFIX);
    }

    public RedisSettings withKeyPrefix(String prefix) {
        return new RedisSettings(url, connectTimeout, commandTimeout, prefix);
    }

    public RedisSettings withTimeouts(Duration connect, Duration command) {
        return new RedisSettings(url, connect, command, keyPrefix);
    }
}
