package dev.notesmcp.adapter.memory.oauth;

import dev.notesmcp.application.port.out.PendingAuthorizationStore;
import dev.notesmcp.domain.oauth.PendingAuthorization;
import dev.notesmcp.domain.oauth.TokenHash;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Authorization requests in flight, in memory; {@code remove} makes each take single-use. A login
 * is keyed by the hash of its state like in the shared stores (the process's memory holds the
 * request itself, sign-in included).
 */
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
    public void awaitLogin(PendingAuthorization pending) {
        TokenHash state = TokenHash.of(pending.awaitedSignIn().state());
        purgeExpired();
        awaitingLogin.put(state, pending);
    }

    @Override
    public Optional<PendingAuthorization> takeForLogin(String state) {
        return Optional.ofNullable(awaitingLogin.remove(TokenHash.of(state)));
    }

    /** Abandoned requests would otherwise pile up: drop the expired ones whenever a new one arrives. */
    private void purgeExpired() {
        var now = clock.instant();
        awaitingConsent.values().removeIf(p -> p.isExpiredAt(now));
        awaitingLogin.values().removeIf(p -> p.isExpiredAt(now));
    }
}
