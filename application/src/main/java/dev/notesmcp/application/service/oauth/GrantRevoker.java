package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.out.AuditLog;
import dev.notesmcp.application.service.audit.Auditor;
import dev.notesmcp.domain.audit.AuditEventKind;
import dev.notesmcp.domain.audit.AuditDetail;
import dev.notesmcp.domain.oauth.Grant;
import java.util.Optional;
import dev.notesmcp.application.port.out.GrantRepository;
import dev.notesmcp.application.port.out.RevokedAccessTokens;
import dev.notesmcp.domain.oauth.GrantId;

import java.time.Clock;

/** Ends a grant: its refresh tokens stop refreshing and its live access tokens are refused by {@code jti}. */
final class GrantRevoker {

    private final GrantRepository grants;
    private final RevokedAccessTokens revokedAccessTokens;
    private final Clock clock;

    private final Auditor audit;

    GrantRevoker(GrantRepository grants, RevokedAccessTokens revokedAccessTokens, Clock clock, AuditLog audit) {
        this.grants = grants;
        this.audit = new Auditor(audit, clock);
        this.revokedAccessTokens = revokedAccessTokens;
        this.clock = clock;
    }

    /** {@code revokedBy} says why, in the audit trail: {@code client}, {@code refresh_reuse}, {@code code_replay}… */
    void revoke(GrantId grant, String revokedBy) {
        grants.revoke(grant, clock.instant())
                .forEach(token -> revokedAccessTokens.revoke(token.tokenId(), token.expiresAt()));
        Optional<Grant> revoked = grants.find(grant);
        audit.record(AuditEventKind.GRANT_REVOKED, event -> revoked
                .map(found -> event.user(found.user()).client(found.client())).orElse(event)
                .with(AuditDetail.REVOKED_BY, revokedBy));
    }
}
