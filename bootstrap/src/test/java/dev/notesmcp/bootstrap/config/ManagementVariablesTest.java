package dev.notesmcp.bootstrap.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@code MANAGEMENT_PORT} and {@code MANAGEMENT_HOST} as the settings loader reads them. */
class ManagementVariablesTest {

    private static Settings load(Map<String, String> variables) {
        Map<String, String> all = new HashMap<>(Map.of("PORT", "10000"));
        all.putAll(variables);
        return SettingsLoader.load(Environment.of(all));
    }

    @Test
    void unsetThereIsNoManagementListener() {
        assertThat(load(Map.of()).management()).isEmpty();
    }

    @Test
    void thePortAloneListensOnLoopback() {
        assertThat(load(Map.of("MANAGEMENT_PORT", "9464")).management())
                .hasValue(new ManagementListener("127.0.0.1", 9464));
    }

    @Test
    void theHostMayNameAPrivateAddressAndPortZeroTakesAnyFreePort() {
        assertThat(load(Map.of("MANAGEMENT_PORT", "0", "MANAGEMENT_HOST", "10.0.0.5")).management())
                .hasValue(new ManagementListener("10.0.0.5", 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10000", "-1", "65536", "metrics"})
    void refusesThePublicPortAndWhatIsNoPort(String value) {
        assertThat(problem(Map.of("MANAGEMENT_PORT", value))).startsWith("MANAGEMENT_PORT: ");
    }

    @Test
    void aHostWithoutAPortIsAMistake() {
        assertThat(problem(Map.of("MANAGEMENT_HOST", "127.0.0.1"))).startsWith("MANAGEMENT_HOST: ")
                .contains("MANAGEMENT_PORT");
    }

    private static String problem(Map<String, String> variables) {
        InvalidSettingsException refused = catchThrowableOfType(InvalidSettingsException.class, () -> load(variables));
        assertThat(refused).as("settings should have been refused").isNotNull();
        assertThat(refused.problems()).hasSize(1);
        return refused.problems().getFirst();
    }
}
