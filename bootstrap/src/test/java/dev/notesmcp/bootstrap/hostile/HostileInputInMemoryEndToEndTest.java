package dev.notesmcp.bootstrap.hostile;

import dev.notesmcp.bootstrap.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.Map;
import java.util.Optional;

/**
 * The hostile suite on the default in-memory stores, where issue 8 found a lone surrogate
 * poisoning a user's notes. The memory stores cannot be counted from outside, so "nothing stored"
 * is what the user can see: {@code list_notes} unchanged and still answering; the PostgreSQL run
 * counts every table.
 */
class HostileInputInMemoryEndToEndTest extends HostileInputSuite {

    private Fixture fixture;

    @BeforeAll
    void start() {
        fixture = new Fixture(TestServer.start(Map.of()));
    }

    @AfterAll
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Override
    Fixture fixture() {
        return fixture;
    }

    @Override
    Optional<StoreCensus> census() {
        return Optional.empty();
    }
}
