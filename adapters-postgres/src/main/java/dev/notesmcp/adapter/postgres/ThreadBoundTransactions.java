package dev.notesmcp.adapter.postgres;

import org.jooq.ConnectionProvider;
import org.jooq.TransactionContext;
import org.jooq.TransactionProvider;
import org.jooq.exception.DataAccessException;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The jOOQ transactions of every store on one {@link PostgresPool}, bound to the calling thread: the
 * first {@code transactionResult} on a thread borrows a connection through the gate and keeps it
 * until it ends; every statement of any store on the pool made meanwhile on that thread, and every
 * transaction opened inside it (then a savepoint), runs on that connection. That is what makes a
 * unit of {@link PostgresDurableWrites} one transaction across stores.
 *
 * <p>Why not jOOQ's {@code ThreadLocalTransactionProvider}: its {@code DefaultTransactionProvider}
 * asks the connection for its isolation level at every begin, and pgJDBC answers that with a
 * {@code SHOW TRANSACTION ISOLATION LEVEL} round trip; and it nests only transactions opened through
 * its thread-bound API, so a store's {@code transactionResult(configuration -> …)} inside a unit
 * committed the unit's connection half-way. Here nesting is by thread, whatever the form, and a
 * transaction costs its statements and its {@code COMMIT}: pgJDBC sends {@code BEGIN} with the
 * first statement.
 */
final class ThreadBoundTransactions implements TransactionProvider {

    /** A thread's transaction: its connection and the savepoints of the transactions opened inside it. */
    private static final class Bound {
        final Connection connection;
        final Deque<Savepoint> savepoints = new ArrayDeque<>();

        Bound(Connection connection) {
            this.connection = connection;
        }
    }

    private final ConnectionProvider gate;
    private final ThreadLocal<Bound> bound = new ThreadLocal<>();
    private final ConnectionProvider connections = new Connections();

    ThreadBoundTransactions(ConnectionProvider gate) {
        this.gate = gate;
    }

    /** What the stores' statements borrow: the thread's transaction's connection, or one through the gate. */
    ConnectionProvider connections() {
        return connections;
    }

    @Override
    public void begin(TransactionContext context) {
        Bound current = bound.get();
        if (current != null) {
            try {
                current.savepoints.push(current.connection.setSavepoint());
            } catch (SQLException e) {
                throw new DataAccessException("setting a savepoint", e);
            }
            return;
        }
        Connection connection = gate.acquire();
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            gate.release(connection);
            throw new DataAccessException("beginning a transaction", e);
        }
        bound.set(new Bound(connection));
    }

    @Override
    public void commit(TransactionContext context) {
        Bound current = bound.get();
        try {
            if (!current.savepoints.isEmpty()) {
                // Released before it is popped: if releasing fails, jOOQ's rollback undoes this savepoint, not the outer one.
                current.connection.releaseSavepoint(current.savepoints.peek());
                current.savepoints.pop();
                return;
            }
            try {
                current.connection.commit();
            } finally {
                end(current);
            }
        } catch (SQLException e) {
            throw new DataAccessException("committing a transaction", e);
        }
    }

    @Override
    public void rollback(TransactionContext context) {
        Bound current = bound.get();
        if (current == null) {
            return; // the begin or the commit failed and already gave the connection back
        }
        try {
            if (!current.savepoints.isEmpty()) {
                current.connection.rollback(current.savepoints.pop());
                return;
            }
            try {
                current.connection.rollback();
            } finally {
                end(current);
            }
        } catch (SQLException e) {
            throw new DataAccessException("rolling back a transaction", e);
        }
    }

    /** Unbinds the connection and gives it back with auto-commit on, as the stores outside a transaction expect. */
    private void end(Bound current) throws SQLException {
        bound.remove();
        try {
            current.connection.setAutoCommit(true);
        } finally {
            gate.release(current.connection);
        }
    }

    private final class Connections implements ConnectionProvider {

        @Override
        public Connection acquire() {
            Bound current = bound.get();
            return current != null ? current.connection : gate.acquire();
        }

        @Override
        public void release(Connection connection) {
            Bound current = bound.get();
            if (current == null || current.connection != connection) {
                gate.release(connection);
            }
        }
    }
}
