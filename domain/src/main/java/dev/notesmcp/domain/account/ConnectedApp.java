package dev.notesmcp.domain.account;

import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.Grant;
import dev.notesmcp.domain.oauth.GrantId;
import dev.notesmcp.domain.oauth.MetadataDocumentUrl;
import dev.notesmcp.domain.oauth.RegisteredClient;
import dev.notesmcp.domain.token.Scopes;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One application that holds access to a user's notes, as the connected-apps page shows it: every
 * active grant of that user to one client, taken together (each sign-in starts a grant, so a client
 * that signed in twice holds two). {@code verifiedHost} is the host serving a client ID metadata
 * document (the one thing verified about such a client, which is also its name here); a client
 * registered by DCR has none and its name is whatever it chose. {@code firstUse} is when the oldest
 * active grant was made; {@code lastUse} the newest of the newest grant and the client's recorded last
 * use (which the stores keep per client, to the hour: {@code ClientIdleExpiry.USE_RECORDING_INTERVAL}).
 */
public record ConnectedApp(ClientId client, String name, Optional<String> verifiedHost, Scopes scopes,
                           Instant firstUse, Instant lastUse, List<GrantId> grants) {

    public ConnectedApp {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(verifiedHost, "verifiedHost");
        Objects.requireNonNull(scopes, "scopes");
        Objects.requireNonNull(firstUse, "firstUse");
        Objects.requireNonNull(lastUse, "lastUse");
        grants = List.copyOf(grants);
        if (grants.isEmpty()) {
            throw new IllegalArgumentException("a connected app holds at least one grant");
        }
        if (lastUse.isBefore(firstUse)) {
            throw new IllegalArgumentException("an app is last used after its first use");
        }
    }

    /**
     * The app {@code client} is for {@code user}, from that user's grants to it; empty when none of
     * them is active (nothing to show, nothing to revoke). Grants of anyone else are left out.
     *
     * @param registration the client's registration, when it is stored (DCR clients)
     * @param lastRecordedUse the client's recorded last use, when it is stored
     */
    public static Optional<ConnectedApp> of(UserId user, ClientId client, List<Grant> grants,
                                            Optional<RegisteredClient> registration, Optional<Instant> lastRecordedUse) {
        List<Grant> active = grants.stream()
                .filter(grant -> grant.user().equals(user) && grant.client().equals(client) && grant.isActive())
                .sorted(Comparator.comparing(Grant::createdAt))
                .toList();
        if (active.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> host = client.documentUrl().map(MetadataDocumentUrl::host);
        String name = host.or(() -> registration.map(RegisteredClient::name)).orElse(client.value());
        Scopes scopes = active.stream().map(Grant::scopes).reduce(Scopes::union).orElseThrow();
        Instant first = active.getFirst().createdAt();
        Instant newestGrant = active.getLast().createdAt();
        Instant last = lastRecordedUse.filter(newestGrant::isBefore).orElse(newestGrant);
        return Optional.of(new ConnectedApp(client, name, host, scopes, first, last,
                active.stream().map(Grant::id).toList()));
    }

    public boolean isVerified() {
        return verifiedHost.isPresent();
    }
}
