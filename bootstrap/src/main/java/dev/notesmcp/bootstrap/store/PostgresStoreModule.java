package dev.notesmcp.bootstrap.store;

import dev.notesmcp.adapter.memory.oauth.InMemoryRateLimiter;
import dev.notesmcp.adapter.postgres.ExpiredRowsCleaner;
import dev.notesmcp.adapter.postgres.PostgresDataSources;
import dev.notesmcp.adapter.postgres.PostgresDurableWrites;
import dev.notesmcp.adapter.postgres.PostgresHealth;
import dev.notesmcp.adapter.postgres.PostgresMigrations;
import dev.notesmcp.adapter.postgres.PostgresPool;
import dev.notesmcp.adapter.postgres.PostgresSettings;
import dev.notesmcp.adapter.postgres.audit.PostgresAuditLog;
import dev.notesmcp.adapter.postgres.note.PostgresNoteRepository;
import dev.notesmcp.adapter.postgres.oauth.PostgresAuthorizationCodeStore;
import dev.notesmcp.adapter.postgres.oauth.PostgresClientRepository;
import dev.notesmcp.adapter.postgres.oauth.PostgresConsentRepository;
import dev.notesmcp.adapter.postgres.oauth.PostgresGrantRepository;
import dev.notesmcp.adapter.postgres.oauth.PostgresPendingAuthorizationStore;
import dev.notesmcp.adapter.postgres.oauth.PostgresRefreshTokenRepository;
import dev.notesmcp.adapter.postgres.oauth.PostgresRevokedAccessTokens;
import dev.notesmcp.adapter.postgres.oauth.PostgresSigningKeyRepository;
import dev.notesmcp.adapter.postgres.oauth.PostgresUsedClientAssertions;
import dev.notesmcp.application.port.out.HealthIndicator;

import java.time.Clock;
import java.util.List;

/**
 * PostgreSQL opened: one connection pool (migrated at start-up unless switched off), the
 * background cleaner of expired rows, the health check, and every store on that pool.
 */
final class PostgresStoreModule implements StoreModule {

    private final Resources resources = new Resources();
    private final Stores.Durable durable;
    private final Stores.ShortLived shortLived;
    private final List<HealthIndicator> health;

    private PostgresStoreModule(PostgresPool pool, Clock clock) {
        resources.add(pool);
        ExpiredRowsCleaner cleaner = new ExpiredRowsCleaner(pool);
        resources.add(BackgroundCleanup.start("expired-rows", () -> cleaner.purge(clock.instant())));
        this.durable = new Stores.Durable(new PostgresNoteRepository(pool), new PostgresClientRepository(pool),
                new PostgresGrantRepository(pool), new PostgresRefreshTokenRepository(pool),
                new PostgresConsentRepository(pool), new PostgresSigningKeyRepository(pool),
                new PostgresAuditLog(pool), new PostgresDurableWrites(pool));
        // Rate-limit counters stay per instance with PostgreSQL; Redis shares them.
        this.shortLived = new Stores.ShortLived(new PostgresPendingAuthorizationStore(pool, clock),
                new PostgresAuthorizationCodeStore(pool), new PostgresRevokedAccessTokens(pool, clock),
                new PostgresUsedClientAssertions(pool), new InMemoryRateLimiter());
        this.health = List.of(new PostgresHealth(pool));
    }

    /** The pool connects lazily: a database that is down at start-up gives 503s, not a crash (unless migrating). */
    static PostgresStoreModule open(PostgresSettings settings, boolean migrate, Clock clock) {
        PostgresPool pool = PostgresDataSources.create(settings);
        try {
            if (migrate) {
                PostgresMigrations.migrate(pool, settings.schema());
            }
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new PostgresStoreModule(pool, clock);
    }

    @Override
    public Stores.Durable durable() {
        return durable;
    }

    @Override
    public Stores.ShortLived shortLived() {
        return shortLived;
    }

    @Override
    public List<HealthIndicator> health() {
        return health;
    }

    @Override
    public void close() {
        resources.close();
    }
}
