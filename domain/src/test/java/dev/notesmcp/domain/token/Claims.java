package dev.notesmcp.domain.token;

import dev.notesmcp.domain.identity.UserId;

import java.time.Instant;

/** Small factories for access-token claims in tests. */
final class Claims {

    static final Instant IAT = Instant.parse("2025-03-01T12:00:00Z");
    static final Instant EXP = IAT.plusSeconds(3600);

    private Claims() {
    }

    static AccessTokenClaims claims(Scopes scopes) {
        return new AccessTokenClaims("https://notes.example", "https://notes.example/mcp", new UserId("github:1"),
                "client-1", scopes, "jti-1", IAT, EXP, "octocat");
    }

    static AccessTokenClaims claimsValidBetween(Instant issuedAt, Instant expiresAt) {
        return new AccessTokenClaims("https://notes.example", "https://notes.example/mcp", new UserId("github:1"),
                "client-1", Scopes.all(), "jti-1", issuedAt, expiresAt, "octocat");
    }

    static AccessTokenClaims claimsWith(String issuer, String audience, String clientId, String tokenId, String login) {
        return new AccessTokenClaims(issuer, audience, new UserId("github:1"), clientId, Scopes.all(), tokenId, IAT, EXP, login);
    }
}
