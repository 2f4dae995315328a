package dev.notesmcp.bootstrap.config;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DurationsTest {

    @ParameterizedTest
    @CsvSource({
            "90s,       PT1M30S",
            "15m,       PT15M",
            "1h,        PT1H",
            "30d,       PT720H",
            "1H,        PT1H",
            "0s,        PT0S",
            "999999999d, PT23999999976H"})
    void readsTheShortForm(String text, Duration expected) {
        assertThat(Durations.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"PT1H, PT1H", "pt90s, PT1M30S", "P1D, PT24H", "P1DT12H, PT36H", "-PT1H, -PT1H"})
    void readsIso8601InAnyCase(String text, Duration expected) {
        assertThat(Durations.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "1", "h", "1w", "1y", "1.5h", "1 h", " 1h", "1h30m", "+1h", "-1h", "1000000000d", "PT"})
    void refusesAnythingElseQuotingWhatItGot(String text) {
        assertThatThrownBy(() -> Durations.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("must be a duration like 90s, 15m, 1h or 30d (got '" + text + "')");
    }
}
