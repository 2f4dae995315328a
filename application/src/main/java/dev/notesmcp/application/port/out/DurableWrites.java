package dev.notesmcp.application.port.out;

import java.util.function.Supplier;

/**
 * Writes to the durable stores that belong together, run as one unit. On PostgreSQL the calls the
 * work makes on this thread to the durable stores of the same database share one transaction:
 * they commit together, once — one WAL flush instead of one per statement — or, if the work
 * throws, not at all. The in-memory store has no transactions: there the work just runs, each
 * write taking effect as it is made, exactly as without a unit. The short-lived stores (Redis,
 * or PostgreSQL's own short-lived tables) never take part: keep their calls outside the work, so
 * what another request must see (a code, a pending authorization) is never held back by it.
 *
 * <p>The work should be short and make no call that waits on anything but the durable store: on
 * PostgreSQL it holds a connection, and the row locks it takes, until it returns.
 */
public interface DurableWrites {

    /**
     * Runs {@code work} as one unit and returns its result. What the work throws is thrown
     * unchanged (after the rollback); a commit that fails because the store is unreachable throws
     * {@link StoreUnavailableException}.
     */
    <T> T together(Supplier<T> work);

    /** Runs {@code work} as it is: for stores without transactions (memory) and tests. */
    static DurableWrites oneByOne() {
        return OneByOne.INSTANCE;
    }

    enum OneByOne implements DurableWrites {
        INSTANCE;

        @Override
        public <T> T together(Supplier<T> work) {
            return work.get();
        }
    }
}
