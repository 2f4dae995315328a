package dev.notesmcp.adapter.memory.oauth;

import dev.notesmcp.application.port.out.ClientRepository;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.RegisteredClient;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Registered clients in memory. */
public final class InMemoryClientRepository implements ClientRepository {

    private final ConcurrentMap<ClientId, RegisteredClient> clients = new ConcurrentHashMap<>();

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
