package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.in.oauth.TokenResponse;
import dev.notesmcp.application.port.out.AccessTokenSigner;
import dev.notesmcp.application.port.out.DurableWrites;
import dev.notesmcp.application.port.out.GrantRepository;
import dev.notesmcp.application.port.out.RefreshTokenRepository;
import dev.notesmcp.application.port.out.RevokedAccessTokens;
import dev.notesmcp.domain.oauth.Grant;
import dev.notesmcp.domain.oauth.OpaqueToken;
import dev.notesmcp.domain.oauth.RefreshToken;
import dev.notesmcp.domain.token.AccessTokenClaims;
import dev.notesmcp.domain.token.Scopes;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Mints an access token and a refresh token under a grant, remembering both so they can be revoked. */
final class TokenIssuer {

    private final TokenPolicy policy;
    private final AccessTokenSigner signer;
    private final GrantRepository grants;
    private final RefreshTokenRepository refreshTokens;
    private final RevokedAccessTokens revokedAccessTokens;
    private final Clock clock;

    private final DurableWrites writes;

    TokenIssuer(TokenPolicy policy, AccessTokenSigner signer, GrantRepository grants,
                RefreshTokenRepository refreshTokens, RevokedAccessTokens revokedAccessTokens, Clock clock,
                DurableWrites writes) {
        this.writes = writes;
        this.policy = policy;
        this.signer = signer;
        this.grants = grants;
        this.refreshTokens = refreshTokens;
        this.revokedAccessTokens = revokedAccessTokens;
        this.clock = clock;
    }

    /**
     * An access token with {@code scopes} and, for clients that registered the refresh_token grant,
     * a refresh token with {@code refreshScopes}.
     */
    TokenResponse issue(Grant grant, Scopes scopes, Scopes refreshScopes, boolean withRefreshToken) {
        Instant now = clock.instant();
        AccessTokenClaims claims = new AccessTokenClaims(policy.issuer(), policy.resource(), grant.user(),
                grant.client().value(), scopes, UUID.randomUUID().toString(), now, now.plus(policy.accessTokenTtl()),
                grant.login());
        Optional<OpaqueToken> refreshToken = withRefreshToken ? Optional.of(OpaqueToken.random()) : Optional.empty();
        // The access token's record and the refresh token commit together (one commit, not two).
        boolean recorded = writes.together(() -> {
            boolean unrevoked = grants.recordAccessToken(grant.id(),
                    new GrantRepository.IssuedAccessToken(claims.tokenId(), claims.expiresAt()), now);
            refreshToken.ifPresent(token -> refreshTokens.add(RefreshToken.issue(token.hash(), grant.id(),
                    grant.client(), grant.user(), grant.login(), refreshScopes, now, policy.refreshTokenTtl())));
            return unrevoked;
        });
        if (!recorded) {
            // The grant was revoked while we were issuing (a concurrent replay of the same code):
            // the request still gets its answer, but these tokens are born revoked, as everything
            // issued from a replayed code must be. Its refresh token dies with the grant.
            revokedAccessTokens.revoke(claims.tokenId(), claims.expiresAt());
        }
        Optional<String> refresh = refreshToken.map(OpaqueToken::value);
        long expiresIn = claims.expiresAt().getEpochSecond() - claims.issuedAt().getEpochSecond();
        return new TokenResponse(signer.sign(claims), expiresIn, refresh, scopes);
    }
}
