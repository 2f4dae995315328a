package dev.notesmcp.adapter.memory.oauth;

import dev.notesmcp.application.port.out.ClientRepository;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.RegisteredClient;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Registered clients in memory, each with its last use. */
public final class InMemoryClientRepository implements ClientRepository {

    private final ConcurrentMap<ClientId, Entry> clients = new ConcurrentHashMap<>();

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
        clients.computeIfPresent(id, (key, entry) -> entry.lastUsed().isBefore(now) ? new Entry(entry.client(), now) : entry);
    }

    @Override
    public int removeIdleSince(Instant idleSince) {
        AtomicInteger removed = new AtomicInteger();
        // Per key and atomic against recordUse: a use recorded first keeps the client.
        for (ClientId id : clients.keySet()) {
            clients.computeIfPresent(id, (key, entry) -> {
                if (entry.lastUsed().isBefore(idleSince)) {
                    removed.incrementAndGet();
                    return null;
                }
                return entry;
            });
        }
        return removed.get();
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

    private record Entry(RegisteredClient client, Instant lastUsed) {
    }
}
