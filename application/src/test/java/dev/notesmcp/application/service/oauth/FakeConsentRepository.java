package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.out.ConsentRepository;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.Consent;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The simplest store that keeps the port's promises: one concurrent map, keyed by (user, client). */
final class FakeConsentRepository implements ConsentRepository {

    private final Map<List<Object>, Consent> consents = new ConcurrentHashMap<>();

    @Override
    public Optional<Consent> find(UserId user, ClientId client) {
        return Optional.ofNullable(consents.get(List.of(user, client)));
    }

    @Override
    public void save(Consent consent) {
        consents.put(List.of(consent.user(), consent.client()), consent);
    }

    @Override
    public int removeAll(UserId user) {
        int before = consents.size();
        consents.keySet().removeIf(key -> key.getFirst().equals(user));
        return before - consents.size();
    }

    @Override
    public int removeAll(ClientId client) {
        int before = consents.size();
        consents.keySet().removeIf(key -> key.getLast().equals(client));
        return before - consents.size();
    }

    @Override
    public boolean remove(UserId user, ClientId client) {
        return consents.remove(List.of(user, client)) != null;
    }

    int size() {
        return consents.size();
    }
}
