package dev.notesmcp.bootstrap.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@code AUDIT_LOG} and {@code AUDIT_RETENTION} as the settings loader reads them. */
class AuditVariablesTest {

    private static AuditSettings load(String name, String value) {
        return SettingsLoader.load(Environment.of(Map.of(name, value))).audit();
    }

    @Test
    void unsetIsTheStoreForNinetyDays() {
        assertThat(SettingsLoader.load(Environment.of(Map.of())).audit())
                .isEqualTo(new AuditSettings(AuditSettings.Destination.STORE, Duration.ofDays(90)));
    }

    @Test
    void readsEachDestinationAndTheDurationSyntax() {
        assertThat(load("AUDIT_LOG", "stdout").destination()).isEqualTo(AuditSettings.Destination.STDOUT);
        assertThat(load("AUDIT_LOG", "BOTH").destination()).isEqualTo(AuditSettings.Destination.BOTH);
        assertThat(load("AUDIT_LOG", "off").destination()).isEqualTo(AuditSettings.Destination.OFF);
        assertThat(load("AUDIT_RETENTION", "365d").retention()).isEqualTo(Duration.ofDays(365));
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "syslog"})
    void refusesAnUnknownDestination(String value) {
        InvalidSettingsException refused = catchThrowableOfType(InvalidSettingsException.class,
                () -> load("AUDIT_LOG", value));

        assertThat(refused).as("settings should have been refused").isNotNull();
        assertThat(refused.problems()).singleElement().asString().startsWith("AUDIT_LOG: ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"23h", "0s", "forever"})
    void refusesLessThanADayOrNoDuration(String value) {
        InvalidSettingsException refused = catchThrowableOfType(InvalidSettingsException.class,
                () -> load("AUDIT_RETENTION", value));

        assertThat(refused).as("settings should have been refused").isNotNull();
        assertThat(refused.problems()).singleElement().asString().startsWith("AUDIT_RETENTION: ");
    }
}
