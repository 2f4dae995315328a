package dev.notesmcp.adapter.metrics;

import io.micrometer.core.instrument.Timer;

import java.time.Duration;

/**
 * The latency histogram's buckets, the same for every timer: a handful of fixed boundaries keep
 * the series per meter small (Micrometer's percentile histogram would add about seventy).
 */
final class Buckets {

    private static final Duration[] BOUNDARIES = {
            Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private Buckets() {
    }

    static Timer.Builder timer(String name, String description) {
        return Timer.builder(name).description(description).serviceLevelObjectives(BOUNDARIES);
    }
}
