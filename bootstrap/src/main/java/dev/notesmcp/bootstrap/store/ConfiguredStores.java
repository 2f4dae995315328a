package dev.notesmcp.bootstrap.store;

import java.util.Objects;

/**
 * The store {@code STORE} chose for durable state and the one {@code EPHEMERAL_STORE} chose for
 * short-lived state: the same object when both name the same store, so it is opened once.
 */
public record ConfiguredStores(ConfiguredStore durable, ConfiguredStore shortLived) {

    public ConfiguredStores {
        Objects.requireNonNull(durable, "durable");
        Objects.requireNonNull(shortLived, "shortLived");
    }
}
