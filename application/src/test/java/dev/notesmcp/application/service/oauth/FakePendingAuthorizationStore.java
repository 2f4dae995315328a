package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.out.PendingAuthorizationStore;
import dev.notesmcp.domain.oauth.PendingAuthorization;
import dev.notesmcp.domain.oauth.TokenHash;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The simplest store that keeps the port's promises: {@code remove} makes each take single-use. */
final class FakePendingAuthorizationStore implements PendingAuthorizationStore {

    private final Map<String, PendingAuthorization> awaitingConsent = new ConcurrentHashMap<>();
    private final Map<TokenHash, PendingAuthorization> awaitingLogin = new ConcurrentHashMap<>();

    @Override
    public void awaitConsent(PendingAuthorization pending) {
        awaitingConsent.put(pending.id(), pending);
    }

    @Override
    public Optional<PendingAuthorization> takeForConsent(String id) {
        return Optional.ofNullable(awaitingConsent.remove(id));
    }

    @Override
    public void awaitLogin(PendingAuthorization pending) {
        awaitingLogin.put(TokenHash.of(pending.awaitedSignIn().state()), pending);
    }

    @Override
    public Optional<PendingAuthorization> takeForLogin(String state) {
        return Optional.ofNullable(awaitingLogin.remove(TokenHash.of(state)));
    }

    /** Puts a request back under its id, as a test's way to replay a consent form. */
    void putBackForConsent(PendingAuthorization pending) {
        awaitingConsent.put(pending.id(), pending);
    }

    int waitingForConsent() {
        return awaitingConsent.size();
    }

    int waitingForLogin() {
        return awaitingLogin.size();
    }
}
