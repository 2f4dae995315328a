package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.out.ClientRepository;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.ClientIdleExpiry;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records that a client is in use, writing to the store at most once per
 * {@link ClientIdleExpiry#USE_RECORDING_INTERVAL} per client and instance, so refreshing tokens
 * costs no extra write. Forgetting what was written (a restart, a full table) only means one more
 * write, never one fewer.
 */
final class ClientUsage {

    private static final int MAX_REMEMBERED = 10_000;

    private final ClientRepository clients;
    private final Map<ClientId, Instant> recorded = new ConcurrentHashMap<>();

    ClientUsage(ClientRepository clients) {
        this.clients = clients;
    }

    void record(ClientId client, Instant now) {
        if (client.documentUrl().isPresent()) {
            return; // a metadata document client is not stored, so there is no use to record
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
