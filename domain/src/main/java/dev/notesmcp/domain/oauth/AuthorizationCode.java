package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.token.Scopes;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A one-time authorization code, as stored (by hash). {@code redeemedAt} is set the first time
 * anyone presents it; stores set it atomically and hand back the code as it was before, so
 * {@link #redeem} can tell a first use from a replay.
 */
public record AuthorizationCode(
        TokenHash hash,
        GrantId grant,
        ClientId client,
        String redirectUri,
        CodeChallenge challenge,
        UserId user,
        String login,
        Scopes scopes,
        Instant expiresAt,
        Optional<Instant> redeemedAt) {

    /** Short-lived, as RFC 6749 §4.1.2 recommends (at most 10 minutes). */
    public static final Duration LIFETIME = Duration.ofMinutes(5);

    public AuthorizationCode {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(grant, "grant");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(scopes, "scopes");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(redeemedAt, "redeemedAt");
    }

    public static AuthorizationCode issue(TokenHash hash, GrantId grant, ClientId client, String redirectUri,
                                          CodeChallenge challenge, UserId user, String login, Scopes scopes,
                                          Instant now) {
        return new AuthorizationCode(hash, grant, client, redirectUri, challenge, user, login, scopes,
                now.plus(LIFETIME), Optional.empty());
    }

    public AuthorizationCode redeemedAt(Instant now) {
        return new AuthorizationCode(hash, grant, client, redirectUri, challenge, user, login, scopes, expiresAt,
                Optional.of(now));
    }

    /**
     * The token request's checks (RFC 6749 §4.1.3, RFC 7636 §4.6), in this order: a second use is
     * a replay whatever else it carries; then client, expiry, redirect URI and PKCE verifier.
     */
    public Redemption redeem(ClientId presenter, String presentedRedirectUri, CodeVerifier verifier, Instant now) {
        if (redeemedAt.isPresent()) {
            return new Redemption.Replayed(grant);
        }
        if (!client.equals(presenter)) {
            return Redemption.rejected("the code was issued to another client");
        }
        if (!now.isBefore(expiresAt)) {
            return Redemption.rejected("the code has expired");
        }
        if (!redirectUri.equals(presentedRedirectUri)) {
            return Redemption.rejected("redirect_uri differs from the one in the authorization request");
        }
        if (!challenge.matches(verifier)) {
            return Redemption.rejected("code_verifier does not match the code_challenge");
        }
        return new Redemption.Redeemed(this);
    }
}
