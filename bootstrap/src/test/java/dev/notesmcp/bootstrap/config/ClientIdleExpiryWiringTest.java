package dev.notesmcp.bootstrap.config;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The idle expiry the background cleaner applies, from CLIENT_IDLE_EXPIRY and the token lifetimes. */
class ClientIdleExpiryWiringTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private static Instant idleSince(Map<String, String> variables) {
        return SettingsLoader.load(Environment.of(variables)).idleClients().idleSince(NOW);
    }

    @Test
    void byDefaultAClientGoesThirtyDaysAndAnHourAfterItsLastUse() {
        assertThat(idleSince(Map.of())).isEqualTo(NOW.minus(Duration.ofDays(30)).minus(Duration.ofHours(1)));
    }

    @Test
    void aShortIdleExpiryNeverUndercutsTheRefreshTokenLifetime() {
        assertThat(idleSince(Map.of("CLIENT_IDLE_EXPIRY", "1d", "REFRESH_TOKEN_TTL", "90d")))
                .isEqualTo(NOW.minus(Duration.ofDays(90)).minus(Duration.ofHours(1)));
        assertThat(idleSince(Map.of("CLIENT_IDLE_EXPIRY", "2h", "REFRESH_TOKEN_TTL", "15m", "ACCESS_TOKEN_TTL", "3h")))
                .isEqualTo(NOW.minus(Duration.ofHours(4)));
    }

    @Test
    void aLongIdleExpiryIsTakenAsItIs() {
        assertThat(idleSince(Map.of("CLIENT_IDLE_EXPIRY", "180d"))).isEqualTo(NOW.minus(Duration.ofDays(180)));
    }
}
