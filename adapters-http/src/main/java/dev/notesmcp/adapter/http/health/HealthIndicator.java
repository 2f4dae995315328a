package dev.notesmcp.adapter.http.health;

import java.util.function.BooleanSupplier;

/** One thing the server depends on (a store), and whether it works right now. */
public interface HealthIndicator {

    /** A short name, e.g. {@code notes}. */
    String name();

    /** What backs it, e.g. {@code memory} or {@code postgres}. */
    String kind();

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
