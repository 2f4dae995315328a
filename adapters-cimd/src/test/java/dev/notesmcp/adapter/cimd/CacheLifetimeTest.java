package dev.notesmcp.adapter.cimd;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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
        HttpHeaders headers = HttpHeaders.of(cacheControl.isEmpty() ? Map.of()
                : Map.of("Cache-Control", List.of(cacheControl)), (name, value) -> true);
        assertThat(CacheLifetime.of(headers)).isEqualTo(Duration.ofSeconds(seconds));
    }
}
