package dev.notesmcp.adapter.cimd;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CacheLifetimeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "public, max-age=600|600",
            "max-age=5|60",
            "max-age=99999999|86400",
            "no-store|60",
            "no-cache, max-age=600|60",
            "s-maxage=600|300",
            "''|300"})
    void theLifetimeIsMaxAgeWithinBounds(String cacheControl, long seconds) {
        List<String> values = cacheControl.isEmpty() ? List.of() : List.of(cacheControl);
        assertThat(CacheLifetime.of(values)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @Test
    void severalHeaderValuesAreReadAsOneList() {
        assertThat(CacheLifetime.of(List.of("public", "max-age=600"))).isEqualTo(Duration.ofMinutes(10));
    }
}
