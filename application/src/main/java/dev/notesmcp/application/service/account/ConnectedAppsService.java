package dev.notesmcp.application.service.account;

import dev.notesmcp.application.port.in.account.ConnectedAppsUseCase;
import dev.notesmcp.application.port.out.ClientRepository;
import dev.notesmcp.application.port.out.ClientRepository.UsedClient;
import dev.notesmcp.application.port.out.GrantRepository;
import dev.notesmcp.application.port.out.GrantRepository.GrantFilter;
import dev.notesmcp.application.service.oauth.RevokeAccessService;
import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.account.ConnectedApp;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.Grant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The user's apps from the grant store (one {@link ConnectedApp} per client) and the client store
 * (a registered client's name and recorded last use); revoking goes through
 * {@link RevokeAccessService}, the operators' revoke, limited to the user's own grants.
 */
public final class ConnectedAppsService implements ConnectedAppsUseCase {

    private final GrantRepository grants;
    private final ClientRepository clients;
    private final RevokeAccessService revoker;

    public ConnectedAppsService(GrantRepository grants, ClientRepository clients, RevokeAccessService revoker) {
        this.grants = Objects.requireNonNull(grants, "grants");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.revoker = Objects.requireNonNull(revoker, "revoker");
    }

    @Override
    public List<ConnectedApp> connectedApps(UserId user) {
        Map<ClientId, List<Grant>> byClient = new LinkedHashMap<>();
        grants.list(GrantFilter.ofUser(user)).stream().filter(Grant::isActive)
                .forEach(grant -> byClient.computeIfAbsent(grant.client(), client -> new ArrayList<>()).add(grant));
        return byClient.entrySet().stream()
                .flatMap(entry -> app(user, entry.getKey(), entry.getValue()).stream())
                .sorted(Comparator.comparing(ConnectedApp::lastUse).reversed())
                .toList();
    }

    @Override
    public Revocation revoke(UserId user, String clientId) {
        Optional<ClientId> client = parse(clientId);
        Optional<ConnectedApp> app = client.flatMap(id -> app(user, id,
                grants.list(new GrantFilter(Optional.of(user), Optional.of(id)))));
        if (app.isEmpty()) {
            return new NotConnected();
        }
        revoker.revokeOwnGrants(user, client.get());
        return new Revoked(app.get());
    }

    private Optional<ConnectedApp> app(UserId user, ClientId client, List<Grant> grantsOfClient) {
        // A metadata document client is never stored: nothing to look up.
        Optional<UsedClient> registered = client.documentUrl().isPresent() ? Optional.empty() : clients.findWithUse(client);
        return ConnectedApp.of(user, client, grantsOfClient, registered.map(UsedClient::client),
                registered.map(UsedClient::lastUsed));
    }

    private static Optional<ClientId> parse(String clientId) {
        try {
            return Optional.of(new ClientId(clientId));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }
}
