package dev.notesmcp.bootstrap.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@code SHUTDOWN_GRACE}: how long SIGTERM waits for the requests already read. */
class ShutdownGraceVariableTest {

    @Test
    void unsetIsTenSecondsAndTheDurationSyntaxIsTheLifetimes() {
        assertThat(SettingsLoader.load(Environment.of(Map.of())).shutdownGrace()).isEqualTo(Duration.ofSeconds(10));
        assertThat(SettingsLoader.load(Environment.of(Map.of("SHUTDOWN_GRACE", "25s"))).shutdownGrace())
                .isEqualTo(Duration.ofSeconds(25));
        assertThat(SettingsLoader.load(Environment.of(Map.of("SHUTDOWN_GRACE", "0s"))).shutdownGrace()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"11m", "soon", "-PT1S"})
    void refusesMoreThanTenMinutesOrNoDurationInOneLine(String value) {
        InvalidSettingsException refused = catchThrowableOfType(InvalidSettingsException.class,
                () -> SettingsLoader.load(Environment.of(Map.of("SHUTDOWN_GRACE", value))));

        assertThat(refused).as("settings should have been refused").isNotNull();
        assertThat(refused.problems()).singleElement().asString().startsWith("SHUTDOWN_GRACE: ");
    }
}
