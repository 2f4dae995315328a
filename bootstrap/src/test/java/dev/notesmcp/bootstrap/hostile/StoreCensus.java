package dev.notesmcp.bootstrap.hostile;

import dev.notesmcp.adapter.postgres.DatabaseUrl;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * "Nothing stored", counted where it would be: the rows of every table of the server's own
 * schema (clients, grants, refresh tokens, consents, notes, codes, pending authorizations, revoked
 * token ids), read straight from PostgreSQL. Rate-limit windows count requests, not what a
 * request asked to store, the audit trail records that requests happened (from a fixed vocabulary,
 * never their text), and the migration history is Flyway's: all three are left out.
 */
public final class StoreCensus implements AutoCloseable {

    private static final List<String> NOT_COUNTED = List.of("flyway_schema_history", "rate_limit_windows", "audit_events");

    private final Connection connection;
    private final String schema;

    public StoreCensus(String databaseUrl, String schema) {
        DatabaseUrl url = DatabaseUrl.parse(databaseUrl);
        try {
            this.connection = DriverManager.getConnection(url.jdbcUrl(), url.user().orElse(null), url.password().orElse(null));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the test database", e);
        }
        this.schema = schema;
    }

    /** Rows per table, now. */
    public Map<String, Long> count() {
        Map<String, Long> rows = new TreeMap<>();
        try (Statement statement = connection.createStatement()) {
            for (String table : tables(statement)) {
                try (ResultSet count = statement.executeQuery("SELECT count(*) FROM " + schema + "." + table)) {
                    count.next();
                    rows.put(table, count.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the rows of " + schema, e);
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("no tables in " + schema + ": the census would prove nothing");
        }
        return rows;
    }

    private List<String> tables(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet names = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                + " WHERE table_type = 'BASE TABLE' AND table_schema = '" + schema + "'")) {
            while (names.next()) {
                if (!NOT_COUNTED.contains(names.getString(1))) {
                    tables.add(names.getString(1));
                }
            }
        }
        return tables;
    }

    public void dropSchema() {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop " + schema, e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
