package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.out.ClientRepository;
import dev.notesmcp.domain.oauth.ClientIdleExpiry;

import java.time.Clock;

/**
 * Removes registered clients nobody has used for the idle expiry (see {@link ClientIdleExpiry}
 * for why no client still holding a live token goes). Run by a background task, never in a request.
 */
public final class RemoveIdleClientsService {

    private final ClientRepository clients;
    private final ClientIdleExpiry expiry;
    private final Clock clock;

    public RemoveIdleClientsService(ClientRepository clients, ClientIdleExpiry expiry, Clock clock) {
        this.clients = clients;
        this.expiry = expiry;
        this.clock = clock;
    }

    /** Returns how many clients went. */
    public int removeIdleClients() {
        return clients.removeIdleSince(expiry.idleSince(clock.instant()));
    }
}
