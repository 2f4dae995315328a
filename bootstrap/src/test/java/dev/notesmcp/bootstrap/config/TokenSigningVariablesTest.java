package dev.notesmcp.bootstrap.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@code JWT_ALGORITHM} and {@code JWT_KEY_ROTATION} as the settings loader reads them. */
class TokenSigningVariablesTest {

    private static Settings load(String... pairs) {
        Map<String, String> variables = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            variables.put(pairs[i], pairs[i + 1]);
        }
        return SettingsLoader.load(Environment.of(variables));
    }

    private static InvalidSettingsException refused(String... pairs) {
        InvalidSettingsException refused = catchThrowableOfType(InvalidSettingsException.class, () -> load(pairs));
        assertThat(refused).as("settings should have been refused").isNotNull();
        return refused;
    }

    @Test
    void hs256IsTheDefaultWithoutRotation() {
        assertThat(load().tokenSigning()).isEqualTo(TokenSigningSettings.HS256);
    }

    @Test
    void es256WithOrWithoutARotationPeriod() {
        assertThat(load("JWT_ALGORITHM", "ES256").tokenSigning())
                .isEqualTo(new TokenSigningSettings(TokenSigningSettings.Algorithm.ES256, Optional.empty()));
        assertThat(load("JWT_ALGORITHM", "es256", "JWT_KEY_ROTATION", "30d").tokenSigning().keyRotation())
                .contains(Duration.ofDays(30));
        assertThat(load("JWT_ALGORITHM", "ES256", "JWT_KEY_ROTATION", "off").tokenSigning().keyRotation()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"RS256", "none", "HS512"})
    void anyOtherAlgorithmIsAClearStartUpLine(String algorithm) {
        assertThat(refused("JWT_ALGORITHM", algorithm).problems()).singleElement().asString()
                .startsWith("JWT_ALGORITHM: must be HS256").contains("ES256");
    }

    @ParameterizedTest
    @ValueSource(strings = {"59m", "0s", "soon"})
    void aRotationPeriodIsAtLeastAnHour(String period) {
        assertThat(refused("JWT_ALGORITHM", "ES256", "JWT_KEY_ROTATION", period).problems()).singleElement()
                .asString().startsWith("JWT_KEY_ROTATION: ");
    }

    @Test
    void rotationWithHs256IsRefused() {
        assertThat(refused("JWT_KEY_ROTATION", "30d").problems()).singleElement().asString()
                .startsWith("JWT_KEY_ROTATION: only ES256 keys rotate");
    }
}
