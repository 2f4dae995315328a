package dev.notesmcp.bootstrap.store;

import dev.notesmcp.application.port.out.HealthIndicator;
import dev.notesmcp.domain.oauth.ClientIdleExpiry;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the chosen store modules are opened, reported and closed. */
class StoresTest {

    private static final ClientIdleExpiry IDLE = new ClientIdleExpiry(Duration.ofDays(30), Duration.ofHours(1));

    private final List<String> events = new ArrayList<>();

    @Test
    void oneStoreChosenForBothIsOpenedOnceAndReportedOnce() {
        Recording memory = new Recording("memory");

        try (Stores stores = Stores.open(new ConfiguredStores(memory, memory), IDLE, Clock.systemUTC())) {
            assertThat(stores.health()).extracting(HealthIndicator::name).containsExactly("memory");
        }
        assertThat(events).containsExactly("open memory", "close memory");
    }

    @Test
    void modulesCloseInReverseOrderOfOpening() {
        Stores stores = Stores.open(new ConfiguredStores(new Recording("durable"), new Recording("short-lived")),
                IDLE, Clock.systemUTC());

        assertThat(stores.health()).extracting(HealthIndicator::name).containsExactly("durable", "short-lived");
        stores.close();
        assertThat(events).containsExactly("open durable", "open short-lived", "close short-lived", "close durable");
    }

    @Test
    void aModuleThatFailsToOpenClosesTheOnesAlreadyOpen() {
        ConfiguredStore broken = new Recording("broken") {
            @Override
            public StoreModule open(Clock clock) {
                throw new IllegalStateException("could not create schema");
            }
        };

        assertThatThrownBy(() -> Stores.open(new ConfiguredStores(new Recording("durable"), broken), IDLE,
                Clock.systemUTC())).hasMessage("could not create schema");
        assertThat(events).containsExactly("open durable", "close durable");
    }

    /** A memory store that records when it is opened and closed. */
    private class Recording implements ConfiguredStore {

        private final String name;

        Recording(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean sharedByInstances() {
            return false;
        }

        @Override
        public StoreModule open(Clock clock) {
            events.add("open " + name);
            StoreModule memory = new MemoryStoreAdapter.Memory().open(clock);
            return new StoreModule() {
                @Override
                public Stores.Durable durable() {
                    return memory.durable();
                }

                @Override
                public Stores.ShortLived shortLived() {
                    return memory.shortLived();
                }

                @Override
                public List<HealthIndicator> health() {
                    return List.of(HealthIndicator.of(name, "memory", () -> true));
                }

                @Override
                public void close() {
                    events.add("close " + name);
                }
            };
        }
    }
}
