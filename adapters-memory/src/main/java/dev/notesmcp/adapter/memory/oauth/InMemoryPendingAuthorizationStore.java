package dev.notesmcp.adapter.memory.oauth;

import dev.notesmcp.application.port.out.PendingAuthorizationStore;
import dev.notesmcp.domain.oauth.PendingAuthorization;
import dev.notesmcp.domain.oauth.TokenHash;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Authorization requests in flight, in memory; {@code remove} makes each take single-use. */
public final class InMemoryPendingAuthorizationStore implements PendingAuthorizationStore {

    private final ConcurrentMap<String, PendingAuthorization> awaitingConsent = new ConcurrentHashMap<>();
    private final ConcurrentMap<TokenHash, PendingAuthorization> awaitingLogin = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryPendingAuthorizationStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void awaitConsent(PendingAuthorization pending) {
        purgeExpired();
        awaitingConsent.put(pending.id(), pending);
    }

    @Override
    public Optional<PendingAuthorization> takeForConsent(String id) {
        return Optional.ofNullable(awaitingConsent.remove(id));
    }

    @Override
    public void awaitLogin(TokenHash state, PendingAuthorization pending) {
        purgeExpired();
        awaitingLogin.put(state, pending);
    }

    @Override
    public Optional<PendingAuthorization> takeForLogin(TokenHash state) {
        return Optional.ofNullable(awaitingLogin.remove(state));
    }

    /** Abandoned requests would otherwise pile up: drop the expired ones whenever a new one arrives. */
    private void purgeExpired() {
        var now = clock.instant();
        awaitingConsent.values().removeIf(p -> p.isExpiredAt(now));
        awaitingLogin.values().removeIf(p -> p.isExpiredAt(now));
    }
}
