package dev.notesmcp.bootstrap.admin;

import dev.notesmcp.application.port.out.StoreUnavailableException;
import dev.notesmcp.bootstrap.config.Settings;
import dev.notesmcp.bootstrap.store.Stores;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/** What the admin commands share about the stores: which ones they refuse, and one opening per command. */
final class AdminStores {

    private AdminStores() {
    }

    /** A durable store inside each server (memory) holds nothing this process could read or change. */
    static Optional<String> durableRefusal(Settings settings) {
        if (settings.stores().durable().sharedByInstances()) {
            return Optional.empty();
        }
        return Optional.of("admin: STORE=" + settings.stores().durable().name() + " lives inside each server;"
                + " this command would see an empty store of its own (use STORE=postgres)");
    }

    /** Runs {@code command} on the configured stores; a store that fails is exit 1, and running again is safe. */
    static AdminOutcome using(Settings settings, Clock clock, Function<Stores, AdminOutcome> command) {
        try (Stores stores = Stores.open(settings.stores(), settings.idleClients(), clock)) {
            return command.apply(stores);
        } catch (StoreUnavailableException e) {
            return new AdminOutcome(AdminOutcome.FAILED, "admin: the store is unavailable (" + e.getMessage()
                    + "); nothing may have been done, running the command again is safe");
        }
    }
}
