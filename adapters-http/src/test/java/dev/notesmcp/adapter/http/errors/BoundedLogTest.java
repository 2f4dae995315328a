package dev.notesmcp.adapter.http.errors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedLogTest {

    private static final String NAME = "test.bounded-log";

    private final CapturedLog captured = CapturedLog.of(NAME);
    private final AtomicLong now = new AtomicLong();
    private final BoundedLog log = new BoundedLog(System.getLogger(NAME), 3, 5, Duration.ofMinutes(1), now::get);

    @AfterEach
    void release() {
        captured.close();
    }

    @Test
    void aClientWritesAtMostItsBudgetPerWindow() {
        IntStream.range(0, 10).forEach(i -> log.log("10.0.0.1", Level.WARNING, "line " + i, null));

        assertThat(captured.messages()).containsExactly("line 0", "line 1", "line 2");
    }

    @Test
    void theNextWindowReportsHowManyLinesWereSuppressed() {
        IntStream.range(0, 10).forEach(i -> log.log("10.0.0.1", Level.WARNING, "line " + i, null));
        now.addAndGet(Duration.ofMinutes(1).toNanos());

        log.log("10.0.0.1", Level.WARNING, "later", null);

        assertThat(captured.messages()).endsWith(
                "7 similar log lines about 10.0.0.1 were suppressed (rate limit)", "later");
    }

    @Test
    void oneNoisyClientDoesNotSilenceAnother() {
        IntStream.range(0, 10).forEach(i -> log.log("10.0.0.1", Level.WARNING, "noisy", null));

        log.log("10.0.0.2", Level.WARNING, "quiet", null);

        assertThat(captured.messages()).containsExactly("noisy", "noisy", "noisy", "quiet");
    }

    @Test
    void manyClientsTogetherStayWithinTheTotal() {
        IntStream.range(0, 100).forEach(i -> log.log("10.0.0." + i, Level.WARNING, "from " + i, null));

        assertThat(captured.records()).hasSize(5);
    }

    @Test
    void aLevelTheLoggerDropsCostsNoBudget() {
        java.util.logging.Logger.getLogger(NAME).setLevel(java.util.logging.Level.WARNING);
        IntStream.range(0, 10).forEach(i -> log.log("10.0.0.1", Level.DEBUG, "debug", null));

        log.log("10.0.0.1", Level.WARNING, "warning", null);

        assertThat(captured.messages()).containsExactly("warning");
    }
}
