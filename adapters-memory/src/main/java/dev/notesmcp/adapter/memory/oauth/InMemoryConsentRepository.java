package dev.notesmcp.adapter.memory.oauth;

import dev.notesmcp.application.port.out.ConsentRepository;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.Consent;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Consents in memory, one per (user, client). */
public final class InMemoryConsentRepository implements ConsentRepository {

    private final ConcurrentMap<Key, Consent> consents = new ConcurrentHashMap<>();

    @Override
    public Optional<Consent> find(UserId user, ClientId client) {
        return Optional.ofNullable(consents.get(new Key(user, client)));
    }

    @Override
    public void save(Consent consent) {
        consents.put(new Key(consent.user(), consent.client()), consent);
    }

    @Override
    public int removeAll(UserId user) {
        int before = consents.size();
        consents.keySet().removeIf(key -> key.user().equals(user));
        return before - consents.size();
    }

    @Override
    public int removeAll(ClientId client) {
        int before = consents.size();
        consents.keySet().removeIf(key -> key.client().equals(client));
        return before - consents.size();
    }

    @Override
    public boolean remove(UserId user, ClientId client) {
        return consents.remove(new Key(user, client)) != null;
    }

    private record Key(UserId user, ClientId client) {
    }
}
