package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.out.ClientRepository;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.ClientIdleExpiry;
import dev.notesmcp.domain.oauth.RegisteredClient;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records that a client is in use, writing to the store at most once per
 * {@link ClientIdleExpiry#USE_RECORDING_INTERVAL} per client and instance, so refreshing tokens
 * costs no extra write. Forgetting what was written (a restart, a full table) only means one more
 * write, never one fewer.
 *
 * <p>A client registered less than that interval ago needs no write at all: its registration is
 * its first recorded use ({@link ClientRepository#add}), and a stored use only ever moves later,
 * so the store already holds a use within the interval. This is what a fresh client's first
 * authorization and token request hit (dynamic registration right before the login), and on
 * PostgreSQL each write skipped is a statement and a commit.
 */
final class ClientUsage {

    private static final int MAX_REMEMBERED = 10_000;

    private final ClientRepository clients;
    private final Map<ClientId, Instant> recorded = new ConcurrentHashMap<>();

    ClientUsage(ClientRepository clients) {
        this.clients = clients;
    }

    void record(RegisteredClient registered, Instant now) {
        ClientId client = registered.id();
        if (client.documentUrl().isPresent()) {
            return; // a metadata document client is not stored, so there is no use to record
        }
        if (ClientIdleExpiry.recentlyRecorded(registered.issuedAt(), now)) {
            return;
        }
        Instant last = recorded.get(client);
        if (last != null && ClientIdleExpiry.recentlyRecorded(last, now)) {
            return;
        }
        clients.recordUse(client, now);
        if (recorded.size() >= MAX_REMEMBERED) {
            recorded.clear();
        }
        recorded.put(client, now);
    }
}
