package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.in.oauth.TokenResponse;
import dev.notesmcp.application.port.out.AuditLog;
import dev.notesmcp.application.service.audit.Auditor;
import dev.notesmcp.domain.audit.AuditEventKind;
import dev.notesmcp.application.port.in.oauth.ExchangeTokenUseCase;
import dev.notesmcp.application.port.out.AccessTokenSigner;
import dev.notesmcp.application.port.out.AuthorizationCodeStore;
import dev.notesmcp.application.port.out.ClientRepository;
import dev.notesmcp.application.port.out.DurableWrites;
import dev.notesmcp.application.port.out.GrantRepository;
import dev.notesmcp.application.port.out.RefreshTokenRepository;
import dev.notesmcp.application.port.out.RevokedAccessTokens;
import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.oauth.AuthorizationCode;
import dev.notesmcp.domain.oauth.CodeVerifier;
import dev.notesmcp.domain.oauth.Grant;
import dev.notesmcp.domain.oauth.GrantId;
import dev.notesmcp.domain.oauth.OAuthError;
import dev.notesmcp.domain.oauth.OAuthErrorCode;
import dev.notesmcp.domain.oauth.RefreshToken;
import dev.notesmcp.domain.oauth.Redemption;
import dev.notesmcp.domain.oauth.RegisteredClient;
import dev.notesmcp.domain.oauth.Rotation;
import dev.notesmcp.domain.oauth.TokenHash;
import dev.notesmcp.domain.token.Scopes;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** The token endpoint's two grants. The rules live in the domain; this orchestrates the stores. */
public final class ExchangeTokenService implements ExchangeTokenUseCase {

    private final ClientAuthenticator authenticator;
    private final ClientUsage usage;
    private final AuthorizationCodeStore codes;
    private final RefreshTokenRepository refreshTokens;
    private final GrantRepository grants;
    private final GrantRevoker revoker;
    private final TokenIssuer issuer;
    private final TokenPolicy policy;
    private final Clock clock;
    private final Auditor audit;

    public ExchangeTokenService(TokenPolicy policy, ClientRepository clients, AuthorizationCodeStore codes,
                                RefreshTokenRepository refreshTokens, GrantRepository grants,
                                RevokedAccessTokens revokedAccessTokens,
                                AccessTokenSigner signer, Clock clock) {
        this(policy, ClientDirectory.registeredOnly(clients), codes, refreshTokens, grants, revokedAccessTokens, signer,
                clock, AuditLog.none());
    }

    public ExchangeTokenService(TokenPolicy policy, ClientDirectory clients, AuthorizationCodeStore codes,
                                RefreshTokenRepository refreshTokens, GrantRepository grants,
                                RevokedAccessTokens revokedAccessTokens,
                                AccessTokenSigner signer, Clock clock, AuditLog audit) {
        this(policy, clients, codes, refreshTokens, grants, revokedAccessTokens, signer, clock, audit,
                DurableWrites.oneByOne());
    }

    /** {@code writes}: an issued access token's record and its refresh token are written together (one commit). */
    public ExchangeTokenService(TokenPolicy policy, ClientDirectory clients, AuthorizationCodeStore codes,
                                RefreshTokenRepository refreshTokens, GrantRepository grants,
                                RevokedAccessTokens revokedAccessTokens,
                                AccessTokenSigner signer, Clock clock, AuditLog audit, DurableWrites writes) {
        this.audit = new Auditor(audit, clock);
        this.authenticator = new ClientAuthenticator(clients);
        this.usage = new ClientUsage(clients.registered());
        this.codes = codes;
        this.refreshTokens = refreshTokens;
        this.grants = grants;
        this.revoker = new GrantRevoker(grants, revokedAccessTokens, clock, audit);
        this.issuer = new TokenIssuer(policy, signer, grants, refreshTokens, revokedAccessTokens, clock, writes);
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public Result exchange(Request request) {
        ClientAuthenticator.Authentication authentication = authenticator.authenticate(request.client());
        if (authentication instanceof ClientAuthenticator.Authentication.Failed(OAuthError error)) {
            return new Failed(error);
        }
        RegisteredClient client = ((ClientAuthenticator.Authentication.Authenticated) authentication).client();
        // Before any token is issued, so no client holds a token newer than its recorded use (ClientIdleExpiry).
        usage.record(client, clock.instant());
        Optional<String> resource = switch (request) {
            case AuthorizationCodeRequest code -> code.resource();
            case RefreshTokenRequest refresh -> refresh.resource();
        };
        if (!policy.acceptsResource(resource)) {
            return failed(OAuthErrorCode.INVALID_TARGET, "this server issues tokens only for " + policy.resource());
        }
        return switch (request) {
            case AuthorizationCodeRequest code -> redeem(client, code);
            case RefreshTokenRequest refresh -> refresh(client, refresh);
        };
    }

    private Result redeem(RegisteredClient client, AuthorizationCodeRequest request) {
        CodeVerifier verifier;
        try {
            verifier = new CodeVerifier(request.codeVerifier());
        } catch (InvalidValueException e) {
            return failed(OAuthErrorCode.INVALID_REQUEST, e.getMessage());
        }
        Instant now = clock.instant();
        Optional<AuthorizationCode> code = codes.redeem(TokenHash.of(request.code()), now);
        if (code.isEmpty()) {
            return failed(OAuthErrorCode.INVALID_GRANT, "unknown or expired authorization code");
        }
        return switch (code.get().redeem(client.id(), request.redirectUri(), verifier, now)) {
            case Redemption.Replayed(GrantId grant) -> {
                revoker.revoke(grant, "code_replay");
                yield failed(OAuthErrorCode.INVALID_GRANT,
                        "the authorization code was already used; every token issued from it has been revoked");
            }
            case Redemption.Rejected(OAuthError error) -> new Failed(error);
            // A concurrent replay may revoke the grant while we issue; then the tokens are born revoked.
            case Redemption.Redeemed(AuthorizationCode redeemed) -> issued(AuditEventKind.TOKEN_ISSUED,
                    TokenIssuer.Holder.of(redeemed),
                    issuer.issue(TokenIssuer.Holder.of(redeemed), redeemed.scopes(), redeemed.scopes(),
                            client.refreshTokens()));
        };
    }

    private Result refresh(RegisteredClient client, RefreshTokenRequest request) {
        if (!client.refreshTokens()) {
            return failed(OAuthErrorCode.UNAUTHORIZED_CLIENT, "this client did not register the refresh_token grant");
        }
        Optional<Scopes> requested;
        try {
            // "offline_access" alone narrows nothing: it asks for a refresh token, which this request already is.
            requested = request.scope().map(Scopes::parseRequested).filter(scopes -> !scopes.isEmpty());
        } catch (InvalidValueException e) {
            return failed(OAuthErrorCode.INVALID_SCOPE, e.getMessage());
        }
        TokenHash hash = TokenHash.of(request.refreshToken());
        // Two passes at most: losing the compare-and-set to a concurrent refresh makes ours a grace-window retry;
        // only one retry is honoured, so losing that compare-and-set too makes ours reuse.
        for (int attempt = 0; attempt < 2; attempt++) {
            Optional<RefreshToken> token = refreshTokens.find(hash);
            if (token.isEmpty()) {
                return failed(OAuthErrorCode.INVALID_GRANT, "unknown refresh token");
            }
            Optional<Grant> grant = activeGrant(token.get().grant());
            if (grant.isEmpty()) {
                return failed(OAuthErrorCode.INVALID_GRANT, "the authorization has been revoked");
            }
            Instant now = clock.instant();
            switch (token.get().rotate(client.id(), requested, now)) {
                case Rotation.Reused(GrantId reused) -> {
                    reuseDetected(grant.get());
                    revoker.revoke(reused, "refresh_reuse");
                    return failed(OAuthErrorCode.INVALID_GRANT,
                            "the refresh token was already used; the authorization has been revoked");
                }
                case Rotation.Rejected(OAuthError error) -> {
                    return new Failed(error);
                }
                case Rotation.Rotated(RefreshToken previous, Scopes scopes, boolean retry) -> {
                    if (retry) {
                        if (refreshTokens.markRetried(hash, now)) {
                            return issued(AuditEventKind.TOKEN_REFRESHED, TokenIssuer.Holder.of(grant.get()),
                                    issuer.issue(TokenIssuer.Holder.of(grant.get()), scopes, previous.scopes(), true));
                        }
                        // A concurrent retry of the same token won: ours is one presentation too many.
                        reuseDetected(grant.get());
                        revoker.revoke(previous.grant(), "refresh_reuse");
                        return failed(OAuthErrorCode.INVALID_GRANT,
                                "the refresh token was already used; the authorization has been revoked");
                    }
                    if (refreshTokens.markRotated(hash, now)) {
                        return issued(AuditEventKind.TOKEN_REFRESHED, TokenIssuer.Holder.of(grant.get()),
                                issuer.issue(TokenIssuer.Holder.of(grant.get()), scopes, previous.scopes(), true));
                    }
                }
            }
        }
        return failed(OAuthErrorCode.INVALID_GRANT, "the refresh token could not be rotated; try again");
    }

    /** Issued, or {@code invalid_grant} if the grant no longer exists (then nothing was issued). */
    private Result issued(AuditEventKind kind, TokenIssuer.Holder holder, Optional<TokenResponse> tokens) {
        if (tokens.isEmpty()) {
            return failed(OAuthErrorCode.INVALID_GRANT, "the authorization no longer exists");
        }
        audit.record(kind, event -> event.user(holder.user()).client(holder.client()));
        return new Issued(tokens.get());
    }

    private void reuseDetected(Grant grant) {
        audit.record(AuditEventKind.REFRESH_REUSE_DETECTED, event -> event.user(grant.user()).client(grant.client()));
    }

    private Optional<Grant> activeGrant(GrantId id) {
        return grants.find(id).filter(Grant::isActive);
    }

    private static Failed failed(OAuthErrorCode code, String description) {
        return new Failed(OAuthError.of(code, description));
    }
}
