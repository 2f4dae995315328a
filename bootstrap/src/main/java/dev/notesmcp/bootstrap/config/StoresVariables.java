package dev.notesmcp.bootstrap.config;

import dev.notesmcp.bootstrap.store.ConfiguredStore;
import dev.notesmcp.bootstrap.store.ConfiguredStores;
import dev.notesmcp.bootstrap.store.MemoryStoreAdapter;
import dev.notesmcp.bootstrap.store.StoreAdapter;
import dev.notesmcp.bootstrap.store.StoreAdapters;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code STORE} (durable state, default {@code memory}) and {@code EPHEMERAL_STORE} (short-lived
 * state, following {@code STORE} when unset): names from {@link StoreAdapters#CATALOGUE}. Every
 * store adapter then reads its own variables ({@link StoreAdapter#configure}); each is configured
 * once, so both names give the same store.
 */
final class StoresVariables {

    static final String STORE = "STORE";
    static final String EPHEMERAL_STORE = "EPHEMERAL_STORE";

    private StoresVariables() {
    }

    /** The chosen stores; empty when there are problems (each named by its variable). */
    static Optional<ConfiguredStores> read(Environment env, List<String> problems) {
        Optional<StoreAdapter> durable = choose(STORE, env.get(STORE).orElse(MemoryStoreAdapter.NAME), problems);
        // Unset, it follows STORE, whose problems are already reported once.
        Optional<StoreAdapter> shortLived = env.get(EPHEMERAL_STORE)
                .map(raw -> choose(EPHEMERAL_STORE, raw, problems))
                .orElse(durable);
        if (durable.isPresent() && !durable.get().holdsDurableState()) {
            problems.add(STORE + ": " + durable.get().name() + " holds only short-lived state; use " + EPHEMERAL_STORE
                    + "=" + durable.get().name() + " with STORE=" + choices(StoreAdapters.durableNames()));
        }
        Map<String, Optional<ConfiguredStore>> configured = new HashMap<>();
        for (StoreAdapter adapter : StoreAdapters.CATALOGUE) {
            boolean chosen = durable.equals(Optional.of(adapter)) || shortLived.equals(Optional.of(adapter));
            configured.put(adapter.name(), adapter.configure(env::get, chosen, problems));
        }
        if (durable.isEmpty() || shortLived.isEmpty() || !durable.get().holdsDurableState()) {
            return Optional.empty();
        }
        Optional<ConfiguredStore> durableStore = configured.get(durable.get().name());
        Optional<ConfiguredStore> shortLivedStore = configured.get(shortLived.get().name());
        if (durableStore.isEmpty() || shortLivedStore.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ConfiguredStores(durableStore.get(), shortLivedStore.get()));
    }

    private static Optional<StoreAdapter> choose(String variable, String raw, List<String> problems) {
        Optional<StoreAdapter> adapter = StoreAdapters.find(raw.strip().toLowerCase(Locale.ROOT));
        if (adapter.isEmpty()) {
            List<String> offered = STORE.equals(variable) ? StoreAdapters.durableNames() : StoreAdapters.names();
            problems.add(variable + ": must be " + choices(offered) + " (got '" + raw + "')");
        }
        return adapter;
    }

    /** {@code memory, postgres or redis}. */
    private static String choices(List<String> names) {
        if (names.size() == 1) {
            return names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.getLast();
    }
}
