package dev.notesmcp.bootstrap.store;

import dev.notesmcp.adapter.http.health.HealthIndicator;
import dev.notesmcp.application.port.out.AuthorizationCodeStore;
import dev.notesmcp.application.port.out.ClientRepository;
import dev.notesmcp.application.port.out.ConsentRepository;
import dev.notesmcp.application.port.out.GrantRepository;
import dev.notesmcp.application.port.out.NoteRepository;
import dev.notesmcp.application.port.out.PendingAuthorizationStore;
import dev.notesmcp.application.port.out.RateLimiter;
import dev.notesmcp.application.port.out.RefreshTokenRepository;
import dev.notesmcp.application.port.out.RevokedAccessTokens;
import dev.notesmcp.application.port.out.SigningKeyRepository;
import dev.notesmcp.application.port.out.UsedClientAssertions;

import java.util.List;

/** Every store the application needs, durable and short-lived, with what reports their health and closes them. */
public record Stores(Durable durable, ShortLived shortLived, List<HealthIndicator> health, List<AutoCloseable> resources)
        implements AutoCloseable {

    /** Clients, grants, refresh tokens, consents, notes, ES256 signing keys: must survive restarts ({@code STORE}). */
    public record Durable(NoteRepository notes, ClientRepository clients, GrantRepository grants,
                          RefreshTokenRepository refreshTokens, ConsentRepository consents,
                          SigningKeyRepository signingKeys) {
    }

    /**
     * Pending authorizations, codes, revoked token ids, used client assertions, rate-limit counters
     * ({@code EPHEMERAL_STORE}).
     */
    public record ShortLived(PendingAuthorizationStore pending, AuthorizationCodeStore codes,
                             RevokedAccessTokens revokedAccessTokens, UsedClientAssertions usedAssertions,
                             RateLimiter rateLimiter) {
    }

    /** Closes in reverse order of creation: background work stops before the pool it uses. */
    @Override
    public void close() {
        for (AutoCloseable resource : resources.reversed()) {
            try {
                resource.close();
            } catch (Exception e) {
                System.getLogger(Stores.class.getName()).log(System.Logger.Level.WARNING,
                        "closing a store failed: " + e.getMessage());
            }
        }
    }
}
