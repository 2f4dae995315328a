package dev.notesmcp.bootstrap;

import dev.notesmcp.adapter.postgres.DatabaseUrl;
import dev.notesmcp.adapter.postgres.TestDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh schema in the test PostgreSQL ({@code TestDatabase}) for one end-to-end test class:
 * the variables that put a server's stores there, and the drop afterwards. Without a server the
 * test fails, it never skips.
 */
record TestSchema(String databaseUrl, String name) {

    static TestSchema fresh(String prefix) {
        String databaseUrl = TestDatabase.serverUrl();
        return new TestSchema(databaseUrl, prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    }

    /** Durable and short-lived state in this schema. */
    Map<String, String> variables() {
        return Map.of("STORE", "postgres", "EPHEMERAL_STORE", "postgres", "DATABASE_URL", databaseUrl,
                "DATABASE_SCHEMA", name);
    }

    void drop() throws SQLException {
        DatabaseUrl url = DatabaseUrl.parse(databaseUrl);
        try (Connection connection = DriverManager.getConnection(url.jdbcUrl(), url.user().orElse(null),
                url.password().orElse(null)); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        }
    }
}
