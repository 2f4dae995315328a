package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.in.oauth.RevokeAccessUseCase;
import dev.notesmcp.application.port.out.AuditLog;
import dev.notesmcp.application.port.out.ClientRepository;
import dev.notesmcp.application.port.out.ConsentRepository;
import dev.notesmcp.application.port.out.GrantRepository;
import dev.notesmcp.application.port.out.GrantRepository.GrantFilter;
import dev.notesmcp.application.port.out.RevokedAccessTokens;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.Grant;
import dev.notesmcp.domain.oauth.GrantId;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Ends grants through {@link GrantRevoker}, as {@code /revoke} does, by grant, by client or by user. */
public final class RevokeAccessService implements RevokeAccessUseCase {

    static final String REVOKED_BY = "admin";
    /** In the audit trail when people revoke an app themselves (the connected-apps page); the event names the user. */
    static final String REVOKED_BY_USER = "user";

    private final ClientRepository clients;
    private final GrantRepository grants;
    private final ConsentRepository consents;
    private final GrantRevoker revoker;

    public RevokeAccessService(ClientRepository clients, GrantRepository grants, ConsentRepository consents,
                               RevokedAccessTokens revokedAccessTokens, Clock clock) {
        this(clients, grants, consents, revokedAccessTokens, clock, AuditLog.none());
    }

    /** Every grant it ends is in the audit trail as revoked by {@value #REVOKED_BY}. */
    public RevokeAccessService(ClientRepository clients, GrantRepository grants, ConsentRepository consents,
                               RevokedAccessTokens revokedAccessTokens, Clock clock, AuditLog audit) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.grants = Objects.requireNonNull(grants, "grants");
        this.consents = Objects.requireNonNull(consents, "consents");
        this.revoker = new GrantRevoker(grants, revokedAccessTokens, clock, audit);
    }

    @Override
    public Optional<Grant> revokeGrant(GrantId id) {
        if (grants.find(id).isEmpty()) {
            return Optional.empty();
        }
        revoker.revoke(id, REVOKED_BY);
        return grants.find(id);
    }

    /**
     * The registration goes first: a sign-in under way then fails at the token endpoint (unknown
     * client) instead of leaving a grant made after the list below was read. Its remembered consents
     * go too: a client that comes back (a metadata-document client needs no registration) must ask
     * every user again instead of skipping the consent page.
     */
    @Override
    public Optional<ClientRevocation> revokeClient(ClientId id) {
        boolean removed = clients.remove(id);
        int forgotten = consents.removeAll(id);
        ClientRevocation revocation = new ClientRevocation(removed, revokeAll(GrantFilter.ofClient(id), REVOKED_BY), forgotten);
        return revocation.foundNothing() ? Optional.empty() : Optional.of(revocation);
    }

    /** Consents go first: a sign-in under way then asks the user again instead of skipping the page. */
    @Override
    public UserRevocation revokeUser(UserId user) {
        int forgotten = consents.removeAll(user);
        return new UserRevocation(revokeAll(GrantFilter.ofUser(user), REVOKED_BY), forgotten);
    }

    /**
     * For the user themselves (the connected-apps page): ends that user's grants to {@code client},
     * exactly as {@link #revokeGrant} does, audited as revoked by {@value #REVOKED_BY_USER}. The
     * client stays registered and every other user's grants of it are untouched. The user's remembered
     * consent to it is forgotten, so the app must show the consent page again to come back. The
     * grants as they now stand (none: the user holds no grant of that client).
     */
    public List<Grant> revokeOwnGrants(UserId user, ClientId client) {
        consents.remove(user, client);
        GrantFilter own = new GrantFilter(Optional.of(user), Optional.of(client));
        // Only the active ones: a page reloaded after a revoke must not audit the same grants again.
        grants.list(own).stream().filter(Grant::isActive).forEach(grant -> revoker.revoke(grant.id(), REVOKED_BY_USER));
        return grants.list(own);
    }

    private List<Grant> revokeAll(GrantFilter filter, String revokedBy) {
        List<Grant> found = grants.list(filter);
        found.forEach(grant -> revoker.revoke(grant.id(), revokedBy));
        return grants.list(filter);
    }
}
