package dev.notesmcp.adapter.postgres;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresMigrationsTest {

    @Test
    void migratingTwiceIsANoOp() throws Exception {
        String schema = TestDatabase.freshSchemaName();
        try (HikariDataSource dataSource = PostgresDataSources.create(TestDatabase.settingsFor(schema))) {
            try {
                assertThat(PostgresMigrations.migrate(dataSource, schema)).as("first run").isPositive();
                assertThat(PostgresMigrations.migrate(dataSource, schema)).as("second run").isZero();
                assertThat(tables(dataSource, schema)).contains("notes", "clients", "grants", "grant_access_tokens",
                        "refresh_tokens", "consents", "authorization_codes", "pending_authorizations",
                        "revoked_access_tokens", "rate_limit_windows", "flyway_schema_history");
            } finally {
                TestDatabase.dropSchema(dataSource, schema);
            }
        }
    }

    /** Two instances starting at once on an empty database: both succeed, the migration runs once. */
    @Test
    void concurrentMigrationsOfAFreshSchemaBothSucceed() throws Exception {
        for (int round = 0; round < 3; round++) {
            String schema = TestDatabase.freshSchemaName();
            List<HikariDataSource> instances = List.of(
                    PostgresDataSources.create(TestDatabase.settingsFor(schema)),
                    PostgresDataSources.create(TestDatabase.settingsFor(schema)));
            ExecutorService pool = Executors.newFixedThreadPool(instances.size());
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> runs = new ArrayList<>();
                for (HikariDataSource instance : instances) {
                    Callable<Integer> migrate = () -> {
                        start.await();
                        return PostgresMigrations.migrate(instance, schema);
                    };
                    runs.add(pool.submit(migrate));
                }
                start.countDown();
                int applied = 0;
                for (Future<Integer> run : runs) {
                    applied += run.get(60, TimeUnit.SECONDS);
                }
                assertThat(applied).as("each migration applied once across both instances")
                        .isEqualTo(migrationCount());
                assertThat(PostgresMigrations.migrate(instances.getFirst(), schema)).isZero();
            } finally {
                pool.shutdownNow();
                TestDatabase.dropSchema(instances.getFirst(), schema);
                instances.forEach(HikariDataSource::close);
            }
        }
    }

    private static List<String> tables(HikariDataSource dataSource, String schema) throws Exception {
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema + "'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    /** How many migrations a fresh schema takes, measured on a schema of its own. */
    private static int migrationCount() {
        String schema = TestDatabase.freshSchemaName();
        try (HikariDataSource dataSource = PostgresDataSources.create(TestDatabase.settingsFor(schema))) {
            try {
                return PostgresMigrations.migrate(dataSource, schema);
            } finally {
                TestDatabase.dropSchema(dataSource, schema);
            }
        }
    }
}
