package dev.notesmcp.adapter.http.mcp.tool;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link IsoInstant} writes what {@link Instant#toString()} writes, for every instant. */
class IsoInstantTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "1970-01-01T00:00:00Z", "2026-12-02T12:34:56Z", "2026-12-02T12:34:56.100Z",
        "2026-12-02T12:34:56.123456Z", "2026-12-02T12:34:56.000001Z", "2026-12-02T12:34:56.123456789Z",
        "2026-12-02T12:34:56.000000001Z", "2024-02-29T23:59:59.999Z", "1969-12-31T23:59:59.999999999Z",
        "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "1900-03-01T00:00:00.010Z",
        "+10000-01-01T00:00:00Z", "-0001-12-31T23:59:59Z"})
    void writesTheSameTextAsInstantToString(String iso) {
        Instant instant = Instant.parse(iso);

        assertThat(IsoInstant.format(instant)).isEqualTo(instant.toString()).isEqualTo(iso);
    }

    @Test
    void agreesWithInstantToStringOnRandomInstantsOfEveryPrecision() {
        SplittableRandom random = new SplittableRandom(20261202);
        long first = Instant.parse("-0100-01-01T00:00:00Z").getEpochSecond();
        long last = Instant.parse("+10100-01-01T00:00:00Z").getEpochSecond();
        int[] precisions = {1_000_000_000, 1_000_000, 1_000, 1};
        for (int i = 0; i < 200_000; i++) {
            int unit = precisions[i % precisions.length];
            Instant instant = Instant.ofEpochSecond(random.nextLong(first, last),
                    random.nextInt(1_000_000_000 / unit) * (long) unit);

            assertThat(IsoInstant.format(instant)).as("%s", instant).isEqualTo(instant.toString());
        }
    }
}
