package dev.notesmcp.bootstrap.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One store adapter as bootstrap knows it: the name {@code STORE} and {@code EPHEMERAL_STORE} use
 * for it, whether it may keep durable state, and how its own variables are read. Every adapter is
 * listed once in {@link StoreAdapters#CATALOGUE}.
 */
public interface StoreAdapter {

    /** Its name in {@code STORE} / {@code EPHEMERAL_STORE}, e.g. {@code postgres}. */
    String name();

    /** Whether it may keep what must survive a restart ({@code STORE}); every store may keep short-lived state. */
    boolean holdsDurableState();

    /**
     * Reads and checks this store's variables (through {@code variables}: an empty or blank one
     * counts as unset), adding one line per problem that starts with the variable's name and never
     * repeats a password. A variable that is set is checked even when the store is not
     * {@code chosen}, so a typo never waits for the day it is used; a missing one is a problem
     * only when it is. Empty when the settings cannot be used.
     */
    Optional<ConfiguredStore> configure(Function<String, Optional<String>> variables, boolean chosen,
                                        List<String> problems);
}
