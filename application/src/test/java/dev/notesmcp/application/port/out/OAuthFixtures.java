package dev.notesmcp.application.port.out;

import dev.notesmcp.application.port.out.GrantRepository.IssuedAccessToken;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.AuthorizationCode;
import dev.notesmcp.domain.oauth.AuthorizationRequest;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.CodeChallenge;
import dev.notesmcp.domain.oauth.CodeVerifier;
import dev.notesmcp.domain.oauth.Consent;
import dev.notesmcp.domain.oauth.Grant;
import dev.notesmcp.domain.oauth.GrantId;
import dev.notesmcp.domain.oauth.OpaqueToken;
import dev.notesmcp.domain.oauth.PendingAuthorization;
import dev.notesmcp.domain.oauth.RedirectUri;
import dev.notesmcp.domain.oauth.RefreshToken;
import dev.notesmcp.domain.oauth.RegisteredClient;
import dev.notesmcp.domain.oauth.TokenEndpointAuthMethod;
import dev.notesmcp.domain.oauth.TokenHash;
import dev.notesmcp.domain.token.Scope;
import dev.notesmcp.domain.token.Scopes;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Small factories for OAuth state in store and service tests. Every id is fresh, so tests never
 * see each other's data even in a store shared between tests (one database).
 */
public final class OAuthFixtures {

    public static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");
    /** A registered-looking redirect URI with a query of its own, so exact storage is tested. */
    public static final String REDIRECT_URI = "https://app.example/oauth/callback?tenant=a%20b";
    public static final String LOGIN = "octocat";
    public static final Duration REFRESH_LIFETIME = Duration.ofDays(30);

    private OAuthFixtures() {
    }

    public static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    public static UserId freshUser() {
        return UserId.of("test", UUID.randomUUID().toString());
    }

    public static ClientId freshClientId() {
        return new ClientId("client-" + UUID.randomUUID());
    }

    public static String freshTokenId() {
        return UUID.randomUUID().toString();
    }

    /** A fresh PKCE verifier (43 characters). */
    public static CodeVerifier freshVerifier() {
        return new CodeVerifier(OpaqueToken.random().value());
    }

    public static Grant grant(ClientId client, Scopes scopes, Instant at) {
        return Grant.start(freshUser(), LOGIN, client, scopes, at);
    }

    public static Grant grant(Instant at) {
        return grant(freshClientId(), Scopes.all(), at);
    }

    /** A code issued at {@code at} for a fresh grant, stored under {@code hash}. */
    public static AuthorizationCode code(TokenHash hash, Instant at) {
        return AuthorizationCode.issue(hash, GrantId.random(), freshClientId(), REDIRECT_URI,
                CodeChallenge.s256(freshVerifier()), freshUser(), "Zoë 🐙", Scopes.of(Scope.NOTES_READ), at);
    }

    /** A refresh token issued at {@code at} for a fresh grant, stored under {@code hash}. */
    public static RefreshToken refreshToken(TokenHash hash, Instant at) {
        return RefreshToken.issue(hash, GrantId.random(), freshClientId(), freshUser(), LOGIN,
                Scopes.of(Scope.NOTES_WRITE), at, REFRESH_LIFETIME);
    }

    public static IssuedAccessToken accessToken(Instant expiresAt) {
        return new IssuedAccessToken(freshTokenId(), expiresAt);
    }

    public static RegisteredClient publicClient(ClientId id, Scopes scopes, String... redirectUris) {
        return new RegisteredClient(id, "Public app " + id, redirectUris(redirectUris), TokenEndpointAuthMethod.NONE,
                Optional.empty(), scopes, T0);
    }

    /** A confidential client whose secret is {@code secret}; only its hash is in the client. */
    public static RegisteredClient confidentialClient(ClientId id, TokenEndpointAuthMethod method, String secret,
                                                      String... redirectUris) {
        return new RegisteredClient(id, "Confidential app " + id, redirectUris(redirectUris), method,
                Optional.of(TokenHash.of(secret)), Scopes.all(), T0);
    }

    private static List<RedirectUri> redirectUris(String... values) {
        String[] all = values.length == 0 ? new String[]{REDIRECT_URI} : values;
        return Arrays.stream(all).map(RedirectUri::new).toList();
    }

    public static Consent consent(UserId user, ClientId client, Scopes scopes, Instant at) {
        return new Consent(user, client, scopes, at);
    }

    /** A request parked at {@code now}, living {@link PendingAuthorization#LIFETIME}, with a fresh id. */
    public static PendingAuthorization pending(Instant now) {
        AuthorizationRequest request = new AuthorizationRequest(freshClientId(), REDIRECT_URI, Scopes.all(),
                Optional.of("client-state-" + UUID.randomUUID()), CodeChallenge.s256(freshVerifier()));
        return new PendingAuthorization(UUID.randomUUID().toString(), request, OpaqueToken.random().hash(),
                now.plus(PendingAuthorization.LIFETIME));
    }

    /**
     * A hash-shaped value equal to the raw secret itself: what a store that (wrongly) keyed on the
     * raw value would find. Our opaque tokens are 43 BASE64URL characters, the shape of a hash.
     */
    public static TokenHash rawValueAsHash(OpaqueToken raw) {
        return new TokenHash(raw.value());
    }
}
