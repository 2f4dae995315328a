package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.token.Scopes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Small factories for the OAuth model in tests. */
final class OAuthFixtures {

    static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    static final ClientId CLIENT = new ClientId("client-1");
    static final ClientId OTHER_CLIENT = new ClientId("client-2");
    static final UserId USER = new UserId("github:1234567");
    static final String LOGIN = "octocat";
    static final String REDIRECT = "https://app.example/callback";

    /** RFC 7636 Appendix B. */
    static final String RFC7636_VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    static final String RFC7636_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    static final CodeVerifier VERIFIER = new CodeVerifier(RFC7636_VERIFIER);
    static final CodeVerifier WRONG_VERIFIER = new CodeVerifier("a".repeat(43));
    static final CodeChallenge CHALLENGE = new CodeChallenge(RFC7636_CHALLENGE);

    static final Duration REFRESH_LIFETIME = Duration.ofDays(30);

    private OAuthFixtures() {
    }

    static GrantId grantId() {
        return new GrantId("grant-1");
    }

    static AuthorizationCode code(Scopes scopes) {
        return AuthorizationCode.issue(OpaqueToken.random().hash(), grantId(), CLIENT, REDIRECT, CHALLENGE, USER, LOGIN,
                scopes, NOW);
    }

    static AuthorizationCode code() {
        return code(Scopes.all());
    }

    static RefreshToken refreshToken(Scopes scopes) {
        return RefreshToken.issue(OpaqueToken.random().hash(), grantId(), CLIENT, USER, LOGIN, scopes, NOW,
                REFRESH_LIFETIME);
    }

    static RefreshToken refreshToken() {
        return refreshToken(Scopes.all());
    }

    static RegisteredClient publicClient(String... redirectUris) {
        return new RegisteredClient(CLIENT, "Test App", uris(redirectUris), TokenEndpointAuthMethod.NONE,
                Optional.empty(), Scopes.all(), NOW);
    }

    static RegisteredClient confidentialClient(TokenEndpointAuthMethod method, String secret) {
        return new RegisteredClient(CLIENT, "Test App", uris(REDIRECT), method, Optional.of(TokenHash.of(secret)),
                Scopes.all(), NOW);
    }

    static List<RedirectUri> uris(String... values) {
        return (values.length == 0 ? List.of(REDIRECT) : List.of(values)).stream().map(RedirectUri::new).toList();
    }
}
