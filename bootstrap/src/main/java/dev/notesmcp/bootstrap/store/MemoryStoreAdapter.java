package dev.notesmcp.bootstrap.store;

import dev.notesmcp.adapter.memory.audit.InMemoryAuditLog;
import dev.notesmcp.adapter.memory.note.InMemoryNoteRepository;
import dev.notesmcp.adapter.memory.oauth.InMemoryAuthorizationCodeStore;
import dev.notesmcp.adapter.memory.oauth.InMemoryClientRepository;
import dev.notesmcp.adapter.memory.oauth.InMemoryConsentRepository;
import dev.notesmcp.adapter.memory.oauth.InMemoryGrantRepository;
import dev.notesmcp.adapter.memory.oauth.InMemoryPendingAuthorizationStore;
import dev.notesmcp.adapter.memory.oauth.InMemoryRateLimiter;
import dev.notesmcp.adapter.memory.oauth.InMemoryRefreshTokenRepository;
import dev.notesmcp.adapter.memory.oauth.InMemoryRevokedAccessTokens;
import dev.notesmcp.adapter.memory.oauth.InMemorySigningKeyRepository;
import dev.notesmcp.adapter.memory.oauth.InMemoryUsedClientAssertions;
import dev.notesmcp.application.port.out.DurableWrites;
import dev.notesmcp.application.port.out.HealthIndicator;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** In memory ({@code memory}, the default): no variables, nothing shared, everything gone at a restart. */
public final class MemoryStoreAdapter implements StoreAdapter {

    public static final String NAME = "memory";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean holdsDurableState() {
        return true;
    }

    @Override
    public Optional<ConfiguredStore> configure(Function<String, Optional<String>> variables, boolean chosen,
                                               List<String> problems) {
        return Optional.of(new Memory());
    }

    /** The memory store: one map per port, in this process. */
    public record Memory() implements ConfiguredStore {

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public boolean sharedByInstances() {
            return false;
        }

        @Override
        public StoreModule open(Clock clock) {
            return new Module(clock);
        }
    }

    /** The memory stores drop expired entries themselves as they go: no cleaner, nothing to close. */
    private static final class Module implements StoreModule {

        private final Stores.Durable durable;
        private final Stores.ShortLived shortLived;

        Module(Clock clock) {
            this.durable = new Stores.Durable(new InMemoryNoteRepository(), new InMemoryClientRepository(),
                    new InMemoryGrantRepository(), new InMemoryRefreshTokenRepository(),
                    new InMemoryConsentRepository(), new InMemorySigningKeyRepository(), new InMemoryAuditLog(),
                    DurableWrites.oneByOne());
            this.shortLived = new Stores.ShortLived(new InMemoryPendingAuthorizationStore(clock),
                    new InMemoryAuthorizationCodeStore(), new InMemoryRevokedAccessTokens(clock),
                    new InMemoryUsedClientAssertions(clock), new InMemoryRateLimiter());
        }

        @Override
        public Stores.Durable durable() {
            return durable;
        }

        @Override
        public Stores.ShortLived shortLived() {
            return shortLived;
        }

        @Override
        public List<HealthIndicator> health() {
            return List.of(HealthIndicator.of("memory", NAME, () -> true));
        }

        @Override
        public void close() {
            // Nothing to release.
        }
    }
}
