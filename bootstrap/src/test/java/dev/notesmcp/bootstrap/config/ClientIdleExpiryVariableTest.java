package dev.notesmcp.bootstrap.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@code CLIENT_IDLE_EXPIRY} as the settings loader reads it. */
class ClientIdleExpiryVariableTest {

    private static Settings load(String value) {
        return SettingsLoader.load(Environment.of(Map.of("CLIENT_IDLE_EXPIRY", value)));
    }

    @Test
    void unsetIsThirtyDays() {
        assertThat(SettingsLoader.load(Environment.of(Map.of())).clientIdleExpiry()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void readsTheDurationSyntaxOfTheOtherSettings() {
        assertThat(load("90d").clientIdleExpiry()).isEqualTo(Duration.ofDays(90));
        assertThat(load("1h").clientIdleExpiry()).isEqualTo(Duration.ofHours(1));
        assertThat(load("P7D").clientIdleExpiry()).isEqualTo(Duration.ofDays(7));
    }

    @ParameterizedTest
    @ValueSource(strings = {"59m", "0s", "soon", "-1d"})
    void refusesLessThanAnHourOrNoDuration(String value) {
        InvalidSettingsException refused = catchThrowableOfType(InvalidSettingsException.class, () -> load(value));

        assertThat(refused).as("settings should have been refused").isNotNull();
        assertThat(refused.problems()).singleElement().asString().startsWith("CLIENT_IDLE_EXPIRY: ");
    }
}
