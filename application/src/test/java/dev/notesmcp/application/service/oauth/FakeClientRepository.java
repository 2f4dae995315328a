package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.out.ClientRepository;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.RegisteredClient;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The simplest store that keeps the port's promises: one concurrent map, each client with its last use. */
final class FakeClientRepository implements ClientRepository {

    private final Map<ClientId, Entry> clients = new ConcurrentHashMap<>();
    /** Every use recorded, so tests can see how often the store is written. */
    final List<ClientId> recordedUses = new CopyOnWriteArrayList<>();

    @Override
    public void add(RegisteredClient client) {
        if (clients.putIfAbsent(client.id(), new Entry(client, client.issuedAt())) != null) {
            throw new IllegalStateException("client id already registered");
        }
    }

    @Override
    public Optional<RegisteredClient> find(ClientId id) {
        return Optional.ofNullable(clients.get(id)).map(Entry::client);
    }

    @Override
    public void recordUse(ClientId id, Instant now) {
        recordedUses.add(id);
        clients.computeIfPresent(id, (key, entry) -> entry.lastUsed().isBefore(now) ? new Entry(entry.client(), now) : entry);
    }

    @Override
    public int removeIdleSince(Instant idleSince) {
        int before = clients.size();
        clients.values().removeIf(entry -> entry.lastUsed().isBefore(idleSince));
        return before - clients.size();
    }

    @Override
    public List<UsedClient> list() {
        return clients.values().stream().map(entry -> new UsedClient(entry.client(), entry.lastUsed()))
                .sorted(Comparator.comparing(used -> used.client().id().value())).toList();
    }

    @Override
    public Optional<UsedClient> findWithUse(ClientId id) {
        return Optional.ofNullable(clients.get(id)).map(entry -> new UsedClient(entry.client(), entry.lastUsed()));
    }

    @Override
    public boolean remove(ClientId id) {
        return clients.remove(id) != null;
    }

    Optional<Instant> lastUse(ClientId id) {
        return Optional.ofNullable(clients.get(id)).map(Entry::lastUsed);
    }

    private record Entry(RegisteredClient client, Instant lastUsed) {
    }
}
