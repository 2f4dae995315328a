package dev.notesmcp.adapter.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.jooq.ConnectionProvider;
import org.jooq.TransactionProvider;
import org.jooq.exception.DataAccessException;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The HikariCP pool every PostgreSQL store shares, with a fair gate in front of the stores'
 * queries: a statement first takes one of {@link #queryPermits()} permits, then a connection.
 *
 * <p>Why: requests run on virtual threads, so more of them than there are connections ask at once
 * (32 wrk connections, 10 database connections). Each time Hikari finds no idle connection it wakes
 * its {@code connection-adder} platform thread (which then finds the pool full) and parks the caller
 * in a timed hand-off: JFR showed about one such wake-up per {@code list_notes} on PostgreSQL, a
 * context switch per request on two cores. Waiting on the semaphore instead is a virtual-thread
 * park, first come first served, and Hikari always has a connection when asked. The gate is a
 * {@link QueryGate}: its waiters park without a timer, and one platform thread refuses those past
 * the connection timeout every tenth of it (5–100 ms). Two connections
 * stay outside the gate for the health check, migrations and the cleaner, which use the pool
 * directly.
 */
public final class PostgresPool extends HikariDataSource {

    private static final int OUTSIDE_THE_GATE = 2;

    private final int queryPermits;
    private final QueryGate gate;
    private final ScheduledExecutorService deadlines;
    private final ConnectionProvider gated = new Gated();
    /** Shared by every store on this pool (see {@link PostgresDsl#create}), so a transaction spans them. */
    private final ThreadBoundTransactions transactions = new ThreadBoundTransactions(gated);

    PostgresPool(HikariConfig config) {
        super(config);
        this.queryPermits = Math.max(1, config.getMaximumPoolSize() - OUTSIDE_THE_GATE);
        long timeout = Duration.ofMillis(config.getConnectionTimeout()).toNanos();
        this.gate = new QueryGate(queryPermits, timeout, System::nanoTime);
        this.deadlines = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("notes-mcp-db-gate").factory());
        long tick = Math.clamp(timeout / 10, TimeUnit.MILLISECONDS.toNanos(5), TimeUnit.MILLISECONDS.toNanos(100));
        deadlines.scheduleAtFixedRate(gate::expire, tick, tick, TimeUnit.NANOSECONDS);
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
        super.close();
    }

    /** How many queries may hold a connection at once. */
    public int queryPermits() {
        return queryPermits;
    }

    /**
     * What jOOQ borrows through (see {@link PostgresDsl#create}): the gate, or inside a transaction
     * its thread's connection.
     */
    ConnectionProvider connectionProvider() {
        return transactions.connections();
    }

    /** The transactions of every store on this pool, bound to the calling thread ({@link ThreadBoundTransactions}). */
    TransactionProvider transactionProvider() {
        return transactions;
    }

    private final class Gated implements ConnectionProvider {

        @Override
        public Connection acquire() {
            try {
                if (!gate.enter()) {
                    // The same outage Hikari reports when it has no connection in time (OutageTranslator).
                    throw new DataAccessException("no database connection within the connection timeout",
                            new SQLTransientConnectionException("every query permit is in use"));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DataAccessException("interrupted waiting for a database connection",
                        new SQLTransientConnectionException("interrupted", e));
            }
            try {
                return getConnection();
            } catch (SQLException | RuntimeException e) {
                gate.leave();
                throw new DataAccessException("no database connection", e);
            }
        }

        @Override
        public void release(Connection connection) {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new DataAccessException("closing a database connection", e);
            } finally {
                gate.leave();
            }
        }
    }
}
