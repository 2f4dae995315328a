package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.in.oauth.ReviewAccessUseCase;
import dev.notesmcp.application.port.out.ClientRepository;
import dev.notesmcp.application.port.out.ClientRepository.UsedClient;
import dev.notesmcp.application.port.out.GrantRepository;
import dev.notesmcp.application.port.out.GrantRepository.GrantFilter;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.Grant;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Reads clients and grants straight from the durable stores; never changes anything. */
public final class ReviewAccessService implements ReviewAccessUseCase {

    private final ClientRepository clients;
    private final GrantRepository grants;

    public ReviewAccessService(ClientRepository clients, GrantRepository grants) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.grants = Objects.requireNonNull(grants, "grants");
    }

    @Override
    public List<UsedClient> clients() {
        return clients.list();
    }

    @Override
    public Optional<ClientDetails> client(ClientId id) {
        return clients.findWithUse(id).map(client -> new ClientDetails(client, grants.list(GrantFilter.ofClient(id))));
    }

    @Override
    public List<Grant> grants(GrantFilter filter) {
        return grants.list(filter);
    }
}
