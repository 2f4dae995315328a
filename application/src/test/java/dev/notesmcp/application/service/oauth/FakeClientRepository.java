package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.out.ClientRepository;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.RegisteredClient;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The simplest store that keeps the port's promises: one concurrent map. */
final class FakeClientRepository implements ClientRepository {

    private final Map<ClientId, RegisteredClient> clients = new ConcurrentHashMap<>();

    @Override
    public void add(RegisteredClient client) {
        if (clients.putIfAbsent(client.id(), client) != null) {
            throw new IllegalStateException("client id already registered");
        }
    }

    @Override
    public Optional<RegisteredClient> find(ClientId id) {
        return Optional.ofNullable(clients.get(id));
    }
}
