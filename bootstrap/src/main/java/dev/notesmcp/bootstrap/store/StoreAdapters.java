package dev.notesmcp.bootstrap.store;

import java.util.List;
import java.util.Optional;

/**
 * Every store adapter this build offers, in one table: the one place to register a new one. The
 * names are what {@code STORE} (those that hold durable state) and {@code EPHEMERAL_STORE} accept.
 */
public final class StoreAdapters {

    public static final List<StoreAdapter> CATALOGUE = List.of(
            new MemoryStoreAdapter(),
            new PostgresStoreAdapter(),
            new RedisStoreAdapter());

    private StoreAdapters() {
    }

    public static Optional<StoreAdapter> find(String name) {
        return CATALOGUE.stream().filter(adapter -> adapter.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return CATALOGUE.stream().map(StoreAdapter::name).toList();
    }

    public static List<String> durableNames() {
        return CATALOGUE.stream().filter(StoreAdapter::holdsDurableState).map(StoreAdapter::name).toList();
    }
}
