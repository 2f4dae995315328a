package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.out.AuditLog;
import dev.notesmcp.application.service.audit.Auditor;
import dev.notesmcp.domain.audit.AuditEventKind;
import dev.notesmcp.application.port.in.oauth.ClientCredentials;
import dev.notesmcp.application.port.in.oauth.RevokeTokenUseCase;
import dev.notesmcp.application.port.out.AccessTokenVerifier;
import dev.notesmcp.application.port.out.ClientRepository;
import dev.notesmcp.application.port.out.GrantRepository;
import dev.notesmcp.application.port.out.RefreshTokenRepository;
import dev.notesmcp.application.port.out.RevokedAccessTokens;
import dev.notesmcp.domain.oauth.OAuthError;
import dev.notesmcp.domain.oauth.RegisteredClient;
import dev.notesmcp.domain.oauth.TokenHash;
import dev.notesmcp.domain.token.AccessTokenClaims;
import dev.notesmcp.domain.token.TokenVerification;

import java.time.Clock;
import java.util.Optional;

/**
 * RFC 7009 revocation. A refresh token revokes its whole grant; an access token is refused by
 * {@code jti} until it expires. Tokens we do not know, or that belong to another client, are
 * answered like successes and left alone (RFC 7009 §2.2: invalid tokens cause no error).
 */
public final class RevokeTokenService implements RevokeTokenUseCase {

    private final ClientAuthenticator authenticator;
    private final RefreshTokenRepository refreshTokens;
    private final AccessTokenVerifier accessTokens;
    private final RevokedAccessTokens revokedAccessTokens;
    private final GrantRevoker revoker;
    private final Auditor audit;

    public RevokeTokenService(ClientRepository clients, RefreshTokenRepository refreshTokens,
                              AccessTokenVerifier accessTokens, GrantRepository grants,
                              RevokedAccessTokens revokedAccessTokens, Clock clock) {
        this(ClientDirectory.registeredOnly(clients), refreshTokens, accessTokens, grants, revokedAccessTokens, clock,
                AuditLog.none());
    }

    public RevokeTokenService(ClientDirectory clients, RefreshTokenRepository refreshTokens,
                              AccessTokenVerifier accessTokens, GrantRepository grants,
                              RevokedAccessTokens revokedAccessTokens, Clock clock, AuditLog audit) {
        this.audit = new Auditor(audit, clock);
        this.authenticator = new ClientAuthenticator(clients);
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.revokedAccessTokens = revokedAccessTokens;
        this.revoker = new GrantRevoker(grants, revokedAccessTokens, clock, audit);
    }

    @Override
    public Optional<OAuthError> revoke(ClientCredentials credentials, String token, Optional<String> tokenTypeHint) {
        ClientAuthenticator.Authentication authentication = authenticator.authenticate(credentials);
        if (authentication instanceof ClientAuthenticator.Authentication.Failed(OAuthError error)) {
            return Optional.of(error);
        }
        RegisteredClient client = ((ClientAuthenticator.Authentication.Authenticated) authentication).client();
        // The hint only orders the lookups (RFC 7009 §2.1); both kinds are always tried.
        boolean accessFirst = tokenTypeHint.filter("access_token"::equals).isPresent();
        if (accessFirst) {
            if (!revokeAccessToken(client, token)) {
                revokeRefreshToken(client, token);
            }
        } else if (!revokeRefreshToken(client, token)) {
            revokeAccessToken(client, token);
        }
        return Optional.empty();
    }

    private boolean revokeRefreshToken(RegisteredClient client, String token) {
        return refreshTokens.find(TokenHash.of(token))
                .filter(refresh -> refresh.client().equals(client.id()))
                .map(refresh -> {
                    revoker.revoke(refresh.grant(), "client");
                    return true;
                })
                .orElse(false);
    }

    private boolean revokeAccessToken(RegisteredClient client, String token) {
        if (!(accessTokens.verify(token) instanceof TokenVerification.Verified(AccessTokenClaims claims))
                || !claims.clientId().equals(client.id().value())) {
            return false;
        }
        revokedAccessTokens.revoke(claims.tokenId(), claims.expiresAt());
        audit.record(AuditEventKind.ACCESS_TOKEN_REVOKED, event -> event.user(claims.subject()).client(client.id()));
        return true;
    }
}
