package dev.notesmcp.bootstrap.metrics;

import dev.notesmcp.application.port.out.AuditLog;
import dev.notesmcp.application.port.out.AuthorizationCodeStore;
import dev.notesmcp.application.port.out.ClientRepository;
import dev.notesmcp.application.port.out.ConsentRepository;
import dev.notesmcp.application.port.out.GrantRepository;
import dev.notesmcp.application.port.out.Metrics;
import dev.notesmcp.application.port.out.NoteRepository;
import dev.notesmcp.application.port.out.PendingAuthorizationStore;
import dev.notesmcp.application.port.out.RateLimiter;
import dev.notesmcp.application.port.out.RefreshTokenRepository;
import dev.notesmcp.application.port.out.RevokedAccessTokens;
import dev.notesmcp.application.port.out.SigningKeyRepository;
import dev.notesmcp.application.port.out.UsedClientAssertions;
import dev.notesmcp.bootstrap.store.Stores;

/**
 * The stores with every port call timed ({@link TimedPort}). The health checks are the originals
 * and closing stays with the stores that were opened ({@link Stores#viewedAs}).
 */
public final class TimedStores {

    private TimedStores() {
    }

    /** {@code stores} themselves when nothing is measured: no wrapper on the hot path for nothing. */
    public static Stores of(Stores stores, Metrics metrics) {
        if (metrics == Metrics.none()) {
            return stores;
        }
        Stores.Durable durable = stores.durable();
        Stores.ShortLived shortLived = stores.shortLived();
        return stores.viewedAs(
                new Stores.Durable(
                        TimedPort.wrap(NoteRepository.class, durable.notes(), metrics),
                        TimedPort.wrap(ClientRepository.class, durable.clients(), metrics),
                        TimedPort.wrap(GrantRepository.class, durable.grants(), metrics),
                        TimedPort.wrap(RefreshTokenRepository.class, durable.refreshTokens(), metrics),
                        TimedPort.wrap(ConsentRepository.class, durable.consents(), metrics),
                        TimedPort.wrap(SigningKeyRepository.class, durable.signingKeys(), metrics),
                        TimedPort.wrap(AuditLog.class, durable.audit(), metrics),
                        durable.writes()),
                new Stores.ShortLived(
                        TimedPort.wrap(PendingAuthorizationStore.class, shortLived.pending(), metrics),
                        TimedPort.wrap(AuthorizationCodeStore.class, shortLived.codes(), metrics),
                        TimedPort.wrap(RevokedAccessTokens.class, shortLived.revokedAccessTokens(), metrics),
                        TimedPort.wrap(UsedClientAssertions.class, shortLived.usedAssertions(), metrics),
                        TimedPort.wrap(RateLimiter.class, shortLived.rateLimiter(), metrics)));
    }
}
