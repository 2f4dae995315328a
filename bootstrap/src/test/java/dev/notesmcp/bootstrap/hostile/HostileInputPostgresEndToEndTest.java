package dev.notesmcp.bootstrap.hostile;

import dev.notesmcp.adapter.postgres.TestDatabase;
import dev.notesmcp.bootstrap.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;


/**
 * The hostile suite on PostgreSQL, durable and short-lived stores both there ({@code STORE} and
 * {@code EPHEMERAL_STORE=postgres}), so every row anything could leave behind is counted. Uses
 * the test PostgreSQL ({@code TestDatabase}) in a fresh schema; never skips.
 */
class HostileInputPostgresEndToEndTest extends HostileInputSuite {

    private static final String DATABASE_URL = TestDatabase.serverUrl();
    private final String schema = "notes_mcp_hostile_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private Fixture fixture;
    private StoreCensus census;

    @BeforeAll
    void start() {
        fixture = new Fixture(TestServer.start(Map.of("STORE", "postgres", "EPHEMERAL_STORE", "postgres",
                "DATABASE_URL", DATABASE_URL, "DATABASE_SCHEMA", schema)));
        census = new StoreCensus(DATABASE_URL, schema);
    }

    @AfterAll
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
        if (census != null) {
            census.dropSchema();
            census.close();
        }
    }

    @Override
    Fixture fixture() {
        return fixture;
    }

    @Override
    Optional<StoreCensus> census() {
        return Optional.of(census);
    }
}
