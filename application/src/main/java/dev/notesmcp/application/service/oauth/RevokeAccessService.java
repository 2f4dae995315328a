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
     * client) instead of leaving a grant made after the list below was read.
     */
    @Override
    public Optional<ClientRevocation> revokeClient(ClientId id) {
        boolean removed = clients.remove(id);
        List<Grant> revoked = revokeAll(GrantFilter.ofClient(id));
        return removed || !revoked.isEmpty() ? Optional.of(new ClientRevocation(removed, revoked)) : Optional.empty();
    }

    /** Consents go first: a sign-in under way then asks the user again instead of skipping the page. */
    @Override
    public UserRevocation revokeUser(UserId user) {
        int forgotten = consents.removeAll(user);
        return new UserRevocation(revokeAll(GrantFilter.ofUser(user)), forgotten);
    }

    private List<Grant> revokeAll(GrantFilter filter) {
        List<Grant> found = grants.list(filter);
        found.forEach(grant -> revoker.revoke(grant.id(), REVOKED_BY));
        return grants.list(filter);
    }
}
