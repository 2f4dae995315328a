package dev.notesmcp.adapter.memory.archfixture;

import com.nimbusds.archfixture.FakeOidcProviderMetadata;
import io.helidon.http.Status;
import io.lettuce.archfixture.FakeRedisClient;
import org.flywaydb.archfixture.FakeFlyway;
import org.jooq.archfixture.FakeDslContext;

import java.sql.Connection;

/** The memory adapter borrowing other adapters' frameworks. */
public final class MemoryAdapterUsingFrameworks {

    public Status helidon() {
        return Status.OK_200;
    }

    public FakeDslContext jooq() {
        return null;
    }

    public FakeFlyway flyway() {
        return null;
    }

    public Connection jdbc() {
        return null;
    }

    public FakeRedisClient lettuce() {
        return null;
    }

    public FakeOidcProviderMetadata nimbus() {
        return null;
    }
}
