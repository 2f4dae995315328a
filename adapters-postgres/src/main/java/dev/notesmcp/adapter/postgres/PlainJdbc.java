package dev.notesmcp.adapter.postgres;

import dev.notesmcp.application.port.out.StoreUnavailableException;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * For the few hottest statements: fixed SQL text run with plain JDBC on a connection borrowed the
 * way jOOQ borrows it (through {@link PostgresPool}'s gate), so no query is built and rendered per
 * call. pgJDBC turns a statement text used five times on a connection into a server-side prepared
 * statement, as with jOOQ. Outages surface as {@link StoreUnavailableException}, as through
 * {@link OutageTranslator}.
 */
public final class PlainJdbc {

    /** The statements' work on the borrowed connection. */
    @FunctionalInterface
    public interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private PlainJdbc() {
    }

    public static <T> T run(DSLContext db, Work<T> work) {
        try {
            return db.connectionResult(connection -> {
                try {
                    return work.on(connection);
                } catch (SQLException e) {
                    throw failure(e);
                }
            });
        } catch (DataAccessException e) {
            throw failure(e);
        }
    }

    /**
     * {@link #run} in one transaction: committed when the work returns, rolled back when it throws.
     * The connection's auto-commit is restored before it goes back to the pool. Inside a unit of
     * {@link PostgresDurableWrites} the work joins the unit's transaction, which commits it.
     */
    public static <T> T inTransaction(DSLContext db, Work<T> work) {
        return run(db, connection -> {
            boolean autoCommit = connection.getAutoCommit();
            if (!autoCommit) {
                return work.on(connection); // a surrounding transaction (a unit of durable writes) commits it
            }
            connection.setAutoCommit(false);
            try {
                T result = work.on(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollBack(connection, e);
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        });
    }

    /** A failed rollback (the connection is gone) must not hide why the work failed. */
    private static void rollBack(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static RuntimeException failure(Exception e) {
        if (OutageTranslator.isOutage(e)) {
            return new StoreUnavailableException("the database", e);
        }
        return e instanceof RuntimeException runtime ? runtime : new DataAccessException(e.getMessage(), e);
    }
}
