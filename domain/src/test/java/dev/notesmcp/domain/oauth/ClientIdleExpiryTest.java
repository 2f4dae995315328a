package dev.notesmcp.domain.oauth;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientIdleExpiryTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void aClientIsIdleAfterTheConfiguredTimeWhenTokensLiveShorter() {
        ClientIdleExpiry expiry = new ClientIdleExpiry(Duration.ofDays(30), Duration.ofDays(7));

        assertThat(expiry.idleSince(NOW)).isEqualTo(NOW.minus(Duration.ofDays(30)));
    }

    /** A refresh token issued just after the last recorded use must expire before its client goes. */
    @Test
    void aClientOutlivesEveryTokenItCanStillHold() {
        ClientIdleExpiry expiry = new ClientIdleExpiry(Duration.ofDays(30), Duration.ofDays(30));

        assertThat(expiry.idleSince(NOW)).isEqualTo(NOW.minus(Duration.ofDays(30)).minus(Duration.ofHours(1)));
        assertThat(new ClientIdleExpiry(Duration.ofDays(1), Duration.ofDays(90)).idleSince(NOW))
                .isEqualTo(NOW.minus(Duration.ofDays(90)).minus(Duration.ofHours(1)));
    }

    @Test
    void aUseIsRecordedAgainOnlyAfterTheRecordingInterval() {
        assertThat(ClientIdleExpiry.recentlyRecorded(NOW.minus(Duration.ofMinutes(59)), NOW)).isTrue();
        assertThat(ClientIdleExpiry.recentlyRecorded(NOW.minus(Duration.ofHours(1)), NOW)).isFalse();
    }

    @Test
    void refusesANonPositiveIdleTime() {
        assertThatThrownBy(() -> new ClientIdleExpiry(Duration.ZERO, Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
