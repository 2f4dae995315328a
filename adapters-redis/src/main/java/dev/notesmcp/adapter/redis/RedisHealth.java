package dev.notesmcp.adapter.redis;

import dev.notesmcp.application.port.out.HealthIndicator;

/** Whether Redis answers {@code PING} now, for {@code /health} ({@code cache}, kind {@code redis}). */
public final class RedisHealth implements HealthIndicator {

    private final RedisConnections redis;

    public RedisHealth(RedisConnections redis) {
        this.redis = redis;
    }

    @Override
    public String name() {
        return "cache";
    }

    @Override
    public String kind() {
        return RedisConnections.STORE;
    }

    @Override
    public boolean isUp() {
        return redis.isAvailable();
    }
}
