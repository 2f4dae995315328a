package dev.notesmcp.adapter.postgres;

import com.zaxxer.hikari.HikariConfig;

/** Builds the HikariCP connection pool every PostgreSQL store shares. */
public final class PostgresDataSources {

    private PostgresDataSources() {
    }

    /**
     * A pool ({@link PostgresPool}: jOOQ's queries wait at its gate, not in Hikari) of at most {@code settings.maxPoolSize()} connections whose {@code search_path} is
     * {@code settings.schema()}. It starts without connecting, so a database that is down at
     * start-up is reported by the first request (or the health check), not by a crash here.
     */
    public static PostgresPool create(PostgresSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("notes-mcp-postgres");
        config.setJdbcUrl(settings.url().jdbcUrl());
        settings.url().user().ifPresent(config::setUsername);
        settings.url().password().ifPresent(config::setPassword);
        config.setSchema(settings.schema());
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setMinimumIdle(Math.min(2, settings.maxPoolSize()));
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        config.setValidationTimeout(Math.min(settings.connectionTimeout().toMillis(), 2_000));
        config.setInitializationFailTimeout(-1);
        config.setAutoCommit(true);
        config.addDataSourceProperty("ApplicationName", "notes-mcp");
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.addDataSourceProperty("tcpKeepAlive", "true");
        return new PostgresPool(config);
    }
}
