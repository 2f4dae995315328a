package dev.notesmcp.adapter.postgres;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Brings a schema up to date with {@code db/migration}. Safe when several instances start at
 * once: Flyway holds a PostgreSQL advisory lock while it migrates, so one instance applies the
 * pending migrations and the others wait, then find nothing left to do. Creating the schema
 * itself (before Flyway can lock anything in it) is serialised by an advisory lock of our own.
 */
public final class PostgresMigrations {

    /** Arbitrary, fixed: the advisory lock key under which schemas are created. */
    private static final long CREATE_SCHEMA_LOCK = 0x6e6f746573L;

    private PostgresMigrations() {
    }

    /** Migrates {@code schema} (created if missing); returns how many migrations were applied. */
    public static int migrate(DataSource dataSource, String schema) {
        createSchema(dataSource, schema);
        MigrateResult result = Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(false)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        return result.migrationsExecuted;
    }

    private static void createSchema(DataSource dataSource, String schema) {
        if (!schema.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("schema must be a lower-case SQL identifier (got '" + schema + "')");
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)");
                 Statement create = connection.createStatement()) {
                lock.setLong(1, CREATE_SCHEMA_LOCK);
                lock.execute();
                create.execute("CREATE SCHEMA IF NOT EXISTS \"" + schema + "\"");
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create schema " + schema + ": " + e.getMessage(), e);
        }
    }
}
