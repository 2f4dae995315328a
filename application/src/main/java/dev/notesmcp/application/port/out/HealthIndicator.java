package dev.notesmcp.application.port.out;

import java.util.function.BooleanSupplier;

/**
 * One thing the server depends on (a store), and whether it works right now: what {@code /health}
 * reports. Each store module brings its own; the web adapter only reads them.
 */
public interface HealthIndicator {

    /** A short name, e.g. {@code database}. */
    String name();

    /** What backs it, e.g. {@code memory} or {@code postgres}. */
    String kind();

    /** Whether it answers now; never throws, and returns within a few seconds. */
    boolean isUp();

    /** An indicator from its parts. */
    static HealthIndicator of(String name, String kind, BooleanSupplier check) {
        return new HealthIndicator() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String kind() {
                return kind;
            }

            @Override
            public boolean isUp() {
                return check.getAsBoolean();
            }
        };
    }
}
