package dev.notesmcp.bootstrap.store;

import dev.notesmcp.application.port.out.AuditLog;
import dev.notesmcp.application.port.out.AuthorizationCodeStore;
import dev.notesmcp.application.port.out.ClientRepository;
import dev.notesmcp.application.port.out.ConsentRepository;
import dev.notesmcp.application.port.out.DurableWrites;
import dev.notesmcp.application.port.out.GrantRepository;
import dev.notesmcp.application.port.out.HealthIndicator;
import dev.notesmcp.application.port.out.NoteRepository;
import dev.notesmcp.application.port.out.PendingAuthorizationStore;
import dev.notesmcp.application.port.out.RateLimiter;
import dev.notesmcp.application.port.out.RefreshTokenRepository;
import dev.notesmcp.application.port.out.RevokedAccessTokens;
import dev.notesmcp.application.port.out.SigningKeyRepository;
import dev.notesmcp.application.port.out.UsedClientAssertions;
import dev.notesmcp.application.service.oauth.RemoveIdleClientsService;
import dev.notesmcp.domain.oauth.ClientIdleExpiry;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every store the application needs, durable and short-lived, from the store modules
 * {@code STORE} and {@code EPHEMERAL_STORE} chose (one module when both name the same store),
 * with what reports their health. Closing stops the idle-client cleaner, then each module in
 * reverse order of opening.
 */
public final class Stores implements AutoCloseable {

    /**
     * Clients, grants, refresh tokens, consents, notes, ES256 signing keys, the audit trail: must
     * survive restarts ({@code STORE}); {@code writes} groups writes to them that belong together
     * (one transaction on PostgreSQL).
     */
    public record Durable(NoteRepository notes, ClientRepository clients, GrantRepository grants,
                          RefreshTokenRepository refreshTokens, ConsentRepository consents,
                          SigningKeyRepository signingKeys, AuditLog audit, DurableWrites writes) {
    }

    /**
     * Pending authorizations, codes, revoked token ids, used client assertions, rate-limit counters
     * ({@code EPHEMERAL_STORE}).
     */
    public record ShortLived(PendingAuthorizationStore pending, AuthorizationCodeStore codes,
                             RevokedAccessTokens revokedAccessTokens, UsedClientAssertions usedAssertions,
                             RateLimiter rateLimiter) {
    }

    private final Durable durable;
    private final ShortLived shortLived;
    private final List<HealthIndicator> health;
    private final Resources resources;

    private Stores(Durable durable, ShortLived shortLived, List<HealthIndicator> health, Resources resources) {
        this.durable = durable;
        this.shortLived = shortLived;
        this.health = List.copyOf(health);
        this.resources = resources;
    }

    /**
     * Opens the chosen modules and starts removing idle clients every minute (a rule of the
     * application over whichever durable store holds them, see {@link ClientIdleExpiry}).
     */
    public static Stores open(ConfiguredStores chosen, ClientIdleExpiry idleClients, Clock clock) {
        return open(chosen, idleClients, Optional.empty(), clock);
    }

    /**
     * As {@link #open(ConfiguredStores, ClientIdleExpiry, Clock)}, and with {@code auditRetention}
     * also forgets audit events older than that every minute ({@code AUDIT_RETENTION}; the server
     * passes it, a one-off admin command does not).
     */
    public static Stores open(ConfiguredStores chosen, ClientIdleExpiry idleClients, Optional<Duration> auditRetention,
                              Clock clock) {
        Resources resources = new Resources();
        try {
            StoreModule durableModule = resources.add(chosen.durable().open(clock));
            StoreModule shortLivedModule = chosen.shortLived() == chosen.durable()
                    ? durableModule : resources.add(chosen.shortLived().open(clock));
            List<HealthIndicator> health = new ArrayList<>(durableModule.health());
            if (shortLivedModule != durableModule) {
                health.addAll(shortLivedModule.health());
            }
            Durable durable = durableModule.durable();
            RemoveIdleClientsService removal = new RemoveIdleClientsService(durable.clients(), idleClients, clock);
            resources.add(BackgroundCleanup.start("idle-clients", removal::removeIdleClients));
            auditRetention.ifPresent(retention -> resources.add(BackgroundCleanup.start("audit-retention",
                    () -> durable.audit().removeOlderThan(clock.instant().minus(retention)))));
            return new Stores(durable, shortLivedModule.shortLived(), health, resources);
        } catch (RuntimeException e) {
            resources.close();
            throw e;
        }
    }

    /**
     * The same stores seen through other port objects (e.g. timed wrappers): same health checks,
     * and closing the view closes nothing — closing stays with the stores that were opened.
     */
    public Stores viewedAs(Durable otherDurable, ShortLived otherShortLived) {
        return new Stores(otherDurable, otherShortLived, health, new Resources());
    }

    public Durable durable() {
        return durable;
    }

    public ShortLived shortLived() {
        return shortLived;
    }

    /** One indicator per open module's check, durable first. */
    public List<HealthIndicator> health() {
        return health;
    }

    @Override
    public void close() {
        resources.close();
    }
}
