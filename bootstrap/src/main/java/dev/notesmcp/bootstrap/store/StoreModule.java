package dev.notesmcp.bootstrap.store;

import dev.notesmcp.application.port.out.HealthIndicator;

import java.util.List;

/**
 * One open store adapter: it owns its connections, its background cleaner and its health check,
 * and gives the stores built on them. Opened once even when it keeps both kinds of state.
 */
public interface StoreModule extends AutoCloseable {

    /** What must survive restarts; only for a store whose adapter {@linkplain StoreAdapter#holdsDurableState holds it}. */
    Stores.Durable durable();

    Stores.ShortLived shortLived();

    /** What {@code /health} reports for it. */
    List<HealthIndicator> health();

    /** Stops its background work, then closes what that work used; never throws. */
    @Override
    void close();
}
