package dev.notesmcp.adapter.http.health;

/** One thing the server depends on (a store), and whether it works right now. */
public interface HealthIndicator {

    /** A short name, e.g. {@code notes}. */
    String name();

    /** What backs it, e.g. {@code memory} or {@code postgres}. */
    String kind();

    boolean isUp();
}
