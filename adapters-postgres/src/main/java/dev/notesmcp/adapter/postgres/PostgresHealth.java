package dev.notesmcp.adapter.postgres;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Whether the database answers right now, for {@code /health}: a pooled connection that validates within 2 s. */
public final class PostgresHealth {

    private static final int TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;

    public PostgresHealth(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean isUp() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }
}
