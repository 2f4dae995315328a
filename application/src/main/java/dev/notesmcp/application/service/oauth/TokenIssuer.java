package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.in.oauth.TokenResponse;
import dev.notesmcp.application.port.out.AccessTokenSigner;
import dev.notesmcp.application.port.out.DurableWrites;
import dev.notesmcp.application.port.out.GrantRepository;
import dev.notesmcp.application.port.out.RefreshTokenRepository;
import dev.notesmcp.application.port.out.RevokedAccessTokens;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.AuthorizationCode;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.Grant;
import dev.notesmcp.domain.oauth.GrantId;
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
     * Whom tokens are issued to: a grant and its user, login and client. A redeemed code names all
     * four (the callback stored them with the grant it started), so redeeming needs no read of the
     * grant; a refresh has read it anyway.
     */
    record Holder(GrantId grant, UserId user, String login, ClientId client) {

        static Holder of(Grant grant) {
            return new Holder(grant.id(), grant.user(), grant.login(), grant.client());
        }

        static Holder of(AuthorizationCode code) {
            return new Holder(code.grant(), code.user(), code.login(), code.client());
        }
    }

    /** How recording the access token under its grant went. */
    private enum Recorded { LIVE, REVOKED, GONE }

    /**
     * An access token with {@code scopes} and, for clients that registered the refresh_token grant,
     * a refresh token with {@code refreshScopes}; empty, with nothing stored, if the grant no longer exists.
     */
    Optional<TokenResponse> issue(Holder holder, Scopes scopes, Scopes refreshScopes, boolean withRefreshToken) {
        Instant now = clock.instant();
        AccessTokenClaims claims = new AccessTokenClaims(policy.issuer(), policy.resource(), holder.user(),
                holder.client().value(), scopes, UUID.randomUUID().toString(), now, now.plus(policy.accessTokenTtl()),
                holder.login());
        Optional<OpaqueToken> refreshToken = withRefreshToken ? Optional.of(OpaqueToken.random()) : Optional.empty();
        // The access token's record and the refresh token commit together (one commit, not two).
        Recorded recorded = writes.together(() -> {
            Recorded outcome = Recorded.LIVE;
            if (!grants.recordAccessToken(holder.grant(),
                    new GrantRepository.IssuedAccessToken(claims.tokenId(), claims.expiresAt()), now)) {
                // Refused: revoked meanwhile, or gone. Only this rare case reads the grant.
                if (grants.find(holder.grant()).isEmpty()) {
                    return Recorded.GONE;
                }
                outcome = Recorded.REVOKED;
            }
            refreshToken.ifPresent(token -> refreshTokens.add(RefreshToken.issue(token.hash(), holder.grant(),
                    holder.client(), holder.user(), holder.login(), refreshScopes, now, policy.refreshTokenTtl())));
            return outcome;
        });
        if (recorded == Recorded.GONE) {
            return Optional.empty();
        }
        if (recorded == Recorded.REVOKED) {
            // The grant was revoked while we were issuing (a concurrent replay of the same code):
            // the request still gets its answer, but these tokens are born revoked, as everything
            // issued from a replayed code must be. Its refresh token dies with the grant.
            revokedAccessTokens.revoke(claims.tokenId(), claims.expiresAt());
        }
        Optional<String> refresh = refreshToken.map(OpaqueToken::value);
        long expiresIn = claims.expiresAt().getEpochSecond() - claims.issuedAt().getEpochSecond();
        return Optional.of(new TokenResponse(signer.sign(claims), expiresIn, refresh, scopes));
    }
}
