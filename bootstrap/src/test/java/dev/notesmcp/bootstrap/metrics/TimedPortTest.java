package dev.notesmcp.bootstrap.metrics;

import dev.notesmcp.application.port.out.Metrics;
import dev.notesmcp.application.port.out.RevokedAccessTokens;
import dev.notesmcp.application.port.out.StoreUnavailableException;
import dev.notesmcp.bootstrap.store.ConfiguredStores;
import dev.notesmcp.bootstrap.store.MemoryStoreAdapter;
import dev.notesmcp.bootstrap.store.Stores;
import dev.notesmcp.domain.oauth.ClientIdleExpiry;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimedPortTest {

    private final CountingMetrics metrics = new CountingMetrics();

    /** Knows one revoked token id; any other question finds the store down. */
    private static final RevokedAccessTokens STORE = new RevokedAccessTokens() {
        @Override
        public void revoke(String tokenId, Instant expiresAt) {
        }

        @Override
        public boolean isRevoked(String tokenId) {
            if (!tokenId.equals("revoked")) {
                throw new StoreUnavailableException("the revocation store", null);
            }
            return true;
        }
    };

    @Test
    void eachCallIsTimedByPortAndMethodAndAnswersWhatTheStoreAnswers() {
        RevokedAccessTokens timed = TimedPort.wrap(RevokedAccessTokens.class, STORE, metrics);

        assertThat(timed.isRevoked("revoked")).isTrue();

        assertThat(metrics.reports).containsExactly("RevokedAccessTokens.isRevoked ok");
    }

    @Test
    void aFailingCallIsTimedAsAnErrorAndItsExceptionPassesUnchanged() {
        RevokedAccessTokens timed = TimedPort.wrap(RevokedAccessTokens.class, STORE, metrics);

        assertThatThrownBy(() -> timed.isRevoked("other")).isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("the revocation store");

        assertThat(metrics.reports).containsExactly("RevokedAccessTokens.isRevoked error");
    }

    @Test
    void objectMethodsAreNoStoreCalls() {
        RevokedAccessTokens timed = TimedPort.wrap(RevokedAccessTokens.class, STORE, metrics);

        assertThat(timed.toString()).isEqualTo(STORE.toString());
        assertThat(metrics.reports).isEmpty();
    }

    @Test
    void withoutMetricsTheStoresAreLeftAsTheyAre() {
        MemoryStoreAdapter.Memory memory = new MemoryStoreAdapter.Memory();
        try (Stores stores = Stores.open(new ConfiguredStores(memory, memory),
                new ClientIdleExpiry(Duration.ofDays(30), Duration.ofHours(1)), Clock.systemUTC())) {
            assertThat(TimedStores.of(stores, Metrics.none())).isSameAs(stores);
        }
    }
}
