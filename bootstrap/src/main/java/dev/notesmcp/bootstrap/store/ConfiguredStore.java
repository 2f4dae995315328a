package dev.notesmcp.bootstrap.store;

import java.time.Clock;

/**
 * A store whose settings were read and checked at start-up; {@link #open} builds its module for
 * the running server. {@code toString} never shows a password.
 */
public interface ConfiguredStore {

    String name();

    /** Whether every instance sees the same state, so a read is a network call (worth a short cache). */
    boolean sharedByInstances();

    /** Its pool, background work and stores; the caller closes it. */
    StoreModule open(Clock clock);
}
