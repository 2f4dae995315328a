package dev.notesmcp.adapter.postgres;

import dev.notesmcp.application.port.out.DurableWrites;
import dev.notesmcp.application.port.out.StoreUnavailableException;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

import java.util.function.Supplier;

/**
 * A unit of durable writes is one transaction on the pool: every store built on the same
 * {@link PostgresPool} shares its {@link ThreadBoundTransactions} ({@link PostgresDsl#create}), so
 * their statements inside {@link #together} run on the unit's connection and commit once.
 *
 * <p>Why: on this kind of machine an auto-committed statement costs its WAL flush (measured
 * ≈1–1.4 ms of the request's time for an {@code INSERT}, against ≈0.3–0.4 ms for a {@code SELECT},
 * bench/README.md "The OAuth dance"); a login's callback and token request each wrote two rows
 * that belong together.
 *
 * <p>Inside a unit a store's own transaction becomes a savepoint, and {@link PlainJdbc#inTransaction}
 * joins the unit. Stores on another pool, and a {@code DataSource} that is not a
 * {@link PostgresPool}, do not take part.
 */
public final class PostgresDurableWrites implements DurableWrites {

    private final DSLContext db;

    public PostgresDurableWrites(PostgresPool pool) {
        this.db = PostgresDsl.create(pool);
    }

    @Override
    public <T> T together(Supplier<T> work) {
        try {
            return db.transactionResult(configuration -> work.get());
        } catch (DataAccessException e) {
            // The work's own failures come through unchanged; this is the begin or the commit failing.
            if (OutageTranslator.isOutage(e)) {
                throw new StoreUnavailableException("the database", e);
            }
            throw e;
        }
    }
}
