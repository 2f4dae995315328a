package dev.notesmcp.bootstrap.store;

import dev.notesmcp.adapter.http.health.HealthIndicator;
import dev.notesmcp.adapter.memory.note.InMemoryNoteRepository;
import dev.notesmcp.adapter.memory.oauth.InMemoryAuthorizationCodeStore;
import dev.notesmcp.adapter.memory.oauth.InMemoryClientRepository;
import dev.notesmcp.adapter.memory.oauth.InMemoryConsentRepository;
import dev.notesmcp.adapter.memory.oauth.InMemoryGrantRepository;
import dev.notesmcp.adapter.memory.oauth.InMemoryPendingAuthorizationStore;
import dev.notesmcp.adapter.memory.oauth.InMemoryRateLimiter;
import dev.notesmcp.adapter.memory.oauth.InMemoryRefreshTokenRepository;
import dev.notesmcp.adapter.memory.oauth.InMemoryRevokedAccessTokens;
import dev.notesmcp.adapter.memory.oauth.InMemorySigningKeyRepository;
import dev.notesmcp.adapter.memory.oauth.InMemoryUsedClientAssertions;
import dev.notesmcp.adapter.postgres.ExpiredRowsCleaner;
import dev.notesmcp.adapter.postgres.PostgresDataSources;
import dev.notesmcp.adapter.postgres.PostgresHealth;
import dev.notesmcp.adapter.postgres.PostgresMigrations;
import dev.notesmcp.adapter.postgres.PostgresSettings;
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
import dev.notesmcp.adapter.redis.RedisAuthorizationCodeStore;
import dev.notesmcp.adapter.redis.RedisConnections;
import dev.notesmcp.adapter.redis.RedisPendingAuthorizationStore;
import dev.notesmcp.adapter.redis.RedisRateLimiter;
import dev.notesmcp.adapter.redis.RedisRevokedAccessTokens;
import dev.notesmcp.adapter.redis.RedisSettings;
import dev.notesmcp.adapter.redis.RedisUsedClientAssertions;
import dev.notesmcp.application.service.oauth.RemoveIdleClientsService;
import dev.notesmcp.bootstrap.config.Settings;
import dev.notesmcp.domain.oauth.ClientIdleExpiry;
import dev.notesmcp.bootstrap.config.StoreKind;
import com.zaxxer.hikari.HikariDataSource;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/** Builds the stores the settings choose: in memory, or PostgreSQL (one pool, migrated at start-up unless switched off). */
public final class StoreFactory {

    private static final Duration CLEANUP_PERIOD = Duration.ofMinutes(1);
    private static final System.Logger LOG = System.getLogger(StoreFactory.class.getName());

    private StoreFactory() {
    }

    public static Stores create(Settings settings, Clock clock) {
        List<AutoCloseable> resources = new ArrayList<>();
        List<HealthIndicator> health = new ArrayList<>();
        boolean postgres = settings.store() == StoreKind.POSTGRES || settings.ephemeralStore() == StoreKind.POSTGRES;
        DataSource dataSource = null;
        if (postgres) {
            PostgresSettings database = PostgresSettings.of(settings.databaseUrl().orElseThrow().value())
                    .withSchema(settings.databaseSchema());
            HikariDataSource pool = PostgresDataSources.create(database);
            resources.add(pool);
            if (settings.migrateDatabase()) {
                PostgresMigrations.migrate(pool, database.schema());
            }
            dataSource = pool;
            health.add(postgresHealth(pool));
            ExpiredRowsCleaner cleaner = new ExpiredRowsCleaner(pool);
            resources.add(scheduleCleanup("expired-rows", () -> cleaner.purge(clock.instant())));
        }
        Stores.Durable durable = settings.store() == StoreKind.POSTGRES
                ? new Stores.Durable(new PostgresNoteRepository(dataSource), new PostgresClientRepository(dataSource),
                new PostgresGrantRepository(dataSource), new PostgresRefreshTokenRepository(dataSource),
                new PostgresConsentRepository(dataSource), new PostgresSigningKeyRepository(dataSource))
                : new Stores.Durable(new InMemoryNoteRepository(), new InMemoryClientRepository(),
                new InMemoryGrantRepository(), new InMemoryRefreshTokenRepository(), new InMemoryConsentRepository(),
                new InMemorySigningKeyRepository());
        Stores.ShortLived shortLived = switch (settings.ephemeralStore()) {
            // With PostgreSQL, rate-limit counters stay per instance; Redis shares them.
            case POSTGRES -> new Stores.ShortLived(new PostgresPendingAuthorizationStore(dataSource, clock),
                    new PostgresAuthorizationCodeStore(dataSource), new PostgresRevokedAccessTokens(dataSource, clock),
                    new PostgresUsedClientAssertions(dataSource), new InMemoryRateLimiter());
            case REDIS -> redis(settings, clock, resources, health);
            case MEMORY -> new Stores.ShortLived(new InMemoryPendingAuthorizationStore(clock),
                    new InMemoryAuthorizationCodeStore(), new InMemoryRevokedAccessTokens(clock),
                    new InMemoryUsedClientAssertions(clock), new InMemoryRateLimiter());
        };
        RemoveIdleClientsService idleClients = new RemoveIdleClientsService(durable.clients(),
                clientIdleExpiry(settings), clock);
        resources.add(scheduleCleanup("idle-clients", idleClients::removeIdleClients));
        if (settings.store() == StoreKind.MEMORY || settings.ephemeralStore() == StoreKind.MEMORY) {
            health.add(memoryHealth());
        }
        return new Stores(durable, shortLived, List.copyOf(health), List.copyOf(resources));
    }

    /** Connects lazily, so a Redis that is down at start-up gives 503s and /health "down", not a crash. */
    private static Stores.ShortLived redis(Settings settings, Clock clock, List<AutoCloseable> resources,
                                           List<HealthIndicator> health) {
        RedisConnections redis = RedisConnections.lazy(RedisSettings.of(settings.redisUrl().orElseThrow().value())
                .withKeyPrefix(settings.redisKeyPrefix()));
        resources.add(redis);
        health.add(HealthIndicator.of("cache", "redis", redis::isAvailable));
        return new Stores.ShortLived(new RedisPendingAuthorizationStore(redis, clock),
                new RedisAuthorizationCodeStore(redis), new RedisRevokedAccessTokens(redis, clock),
                new RedisUsedClientAssertions(redis, clock), new RedisRateLimiter(redis));
    }

    /** A client goes only after every token it could hold has expired (see ClientIdleExpiry). */
    static ClientIdleExpiry clientIdleExpiry(Settings settings) {
        Duration longestToken = settings.accessTokenTtl().compareTo(settings.refreshTokenTtl()) >= 0
                ? settings.accessTokenTtl() : settings.refreshTokenTtl();
        return new ClientIdleExpiry(settings.clientIdleExpiry(), longestToken);
    }

    /**
     * Expired short-lived rows and idle clients are deleted every minute on a background thread,
     * never in a request.
     */
    private static AutoCloseable scheduleCleanup(String name, IntSupplier cleanup) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("notes-mcp-" + name).factory());
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                cleanup.getAsInt();
            } catch (RuntimeException e) {
                // An outage or a busy database: the next round tries again.
                LOG.log(System.Logger.Level.DEBUG, name + " cleanup skipped: " + e.getMessage());
            }
        }, CLEANUP_PERIOD.toSeconds(), CLEANUP_PERIOD.toSeconds(), TimeUnit.SECONDS);
        return scheduler::shutdownNow;
    }

    private static HealthIndicator postgresHealth(DataSource dataSource) {
        return HealthIndicator.of("database", "postgres", new PostgresHealth(dataSource)::isUp);
    }

    private static HealthIndicator memoryHealth() {
        return HealthIndicator.of("memory", "memory", () -> true);
    }
}
