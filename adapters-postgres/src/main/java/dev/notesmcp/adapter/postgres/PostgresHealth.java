package dev.notesmcp.adapter.postgres;

import dev.notesmcp.application.port.out.HealthIndicator;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Whether the database answers right now, for {@code /health} ({@code database}, kind
 * {@code postgres}): a pooled connection that validates within 2 s.
 */
public final class PostgresHealth implements HealthIndicator {

    private static final int TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;

    public PostgresHealth(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public String kind() {
        return "postgres";
    }

    @Override
    public boolean isUp() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }
}
