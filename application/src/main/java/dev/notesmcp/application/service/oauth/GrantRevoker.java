package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.out.GrantRepository;
import dev.notesmcp.application.port.out.RevokedAccessTokens;
import dev.notesmcp.domain.oauth.GrantId;

import java.time.Clock;

/** Ends a grant: its refresh tokens stop refreshing and its live access tokens are refused by {@code jti}. */
final class GrantRevoker {

    private final GrantRepository grants;
    private final RevokedAccessTokens revokedAccessTokens;
    private final Clock clock;

    GrantRevoker(GrantRepository grants, RevokedAccessTokens revokedAccessTokens, Clock clock) {
        this.grants = grants;
        this.revokedAccessTokens = revokedAccessTokens;
        this.clock = clock;
    }

    void revoke(GrantId grant) {
        grants.revoke(grant, clock.instant())
                .forEach(token -> revokedAccessTokens.revoke(token.tokenId(), token.expiresAt()));
    }
}
