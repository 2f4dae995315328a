package dev.notesmcp.adapter.postgres;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the database: where ({@link DatabaseUrl}), in which schema the tables live, and
 * how big the connection pool may grow.
 */
public record PostgresSettings(DatabaseUrl url, String schema, int maxPoolSize, Duration connectionTimeout) {

    public static final String DEFAULT_SCHEMA = "public";
    public static final int DEFAULT_MAX_POOL_SIZE = 10;
    public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(3);

    public PostgresSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        if (schema == null || !schema.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("schema must be a lower-case SQL identifier (got '" + schema + "')");
        }
        if (maxPoolSize < 2) {
            throw new IllegalArgumentException("the pool needs at least 2 connections (got " + maxPoolSize + ")");
        }
        if (connectionTimeout.toMillis() < 250) {
            throw new IllegalArgumentException("connectionTimeout must be at least 250 ms");
        }
    }

    /** Settings from {@code DATABASE_URL} with the defaults: schema {@code public}, 10 connections, 3 s timeout. */
    public static PostgresSettings of(String databaseUrl) {
        return new PostgresSettings(DatabaseUrl.parse(databaseUrl), DEFAULT_SCHEMA, DEFAULT_MAX_POOL_SIZE,
                DEFAULT_CONNECTION_TIMEOUT);
    }

    public PostgresSettings withSchema(String otherSchema) {
        return new PostgresSettings(url, otherSchema, maxPoolSize, connectionTimeout);
    }

    public PostgresSettings withMaxPoolSize(int size) {
        return new PostgresSettings(url, schema, size, connectionTimeout);
    }
}
