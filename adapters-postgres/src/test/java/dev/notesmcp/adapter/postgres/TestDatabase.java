package dev.notesmcp.adapter.postgres;

import com.zaxxer.hikari.HikariDataSource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import javax.sql.DataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;

/**
 * The PostgreSQL the tests run against: {@code TEST_DATABASE_URL} when set (CI sets it), else a
 * Testcontainers PostgreSQL when Docker is available, else a failure naming
 * {@code TEST_DATABASE_URL}: these tests never skip silently. Each test JVM gets a fresh schema
 * ({@code notes_mcp_test_<random>}), migrated once and dropped when the JVM exits.
 */
public final class TestDatabase {

    public static final String URL_VARIABLE = "TEST_DATABASE_URL";
    private static final SecureRandom RANDOM = new SecureRandom();

    private static TestDatabase instance;

    private final PostgresSettings settings;
    private final HikariDataSource dataSource;

    private TestDatabase(PostgresSettings settings) {
        this.settings = settings;
        this.dataSource = PostgresDataSources.create(settings);
    }

    /** The shared, migrated test schema. */
    public static synchronized DataSource dataSource() {
        if (instance == null) {
            PostgresSettings base = new PostgresSettings(DatabaseUrl.parse(locateServer()), "public", 25,
                    Duration.ofSeconds(10));
            instance = new TestDatabase(base.withSchema(freshSchemaName()));
            PostgresMigrations.migrate(instance.dataSource, instance.settings.schema());
            Runtime.getRuntime().addShutdownHook(new Thread(instance::dropSchema, "drop-test-schema"));
        }
        return instance.dataSource;
    }

    /** Settings for the server under test, pointing at {@code schema} (not migrated, not dropped). */
    public static PostgresSettings settingsFor(String schema) {
        dataSource();
        return instance.settings.withSchema(schema);
    }

    public static String freshSchemaName() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "notes_mcp_test_" + HexFormat.of().formatHex(bytes);
    }

    /** Drops {@code schema} and everything in it. */
    public static void dropSchema(DataSource dataSource, String schema) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
        } catch (SQLException e) {
            System.err.println("could not drop test schema " + schema + ": " + e.getMessage());
        }
    }

    private void dropSchema() {
        dropSchema(dataSource, settings.schema());
        dataSource.close();
    }

    private static String locateServer() {
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return url;
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "stop-test-postgres"));
            return container.getJdbcUrl().replace("jdbc:postgresql://", "postgres://"
                    + container.getUsername() + ":" + container.getPassword() + "@");
        }
        throw new IllegalStateException("The PostgreSQL tests need a database: set " + URL_VARIABLE
                + " (e.g. " + URL_VARIABLE + "=postgres://postgres@127.0.0.1:5432/test) or make Docker available "
                + "for Testcontainers. They do not skip.");
    }
}
