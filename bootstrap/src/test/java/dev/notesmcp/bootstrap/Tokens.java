package dev.notesmcp.bootstrap;

import dev.notesmcp.adapter.jwt.JwtAccessTokenSigner;
import dev.notesmcp.adapter.jwt.JwtSettings;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.token.AccessTokenClaims;
import dev.notesmcp.domain.token.Scope;
import dev.notesmcp.domain.token.Scopes;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** Mints access tokens with the project's own signer, good ones and every kind of bad one. */
public final class Tokens {

    private final String issuer;
    private final String audience;
    private final String secret;

    Tokens(String issuer, String audience, String secret) {
        this.issuer = issuer;
        this.audience = audience;
        this.secret = secret;
    }

    String forUser(String subject, Scope... scopes) {
        return sign(issuer, audience, secret, claims(issuer, audience, subject, Scopes.of(scopes), Instant.now(),
                Duration.ofHours(1)));
    }

    public String forUser(String subject) {
        return forUser(subject, Scope.NOTES_READ, Scope.NOTES_WRITE);
    }

    String expired(String subject) {
        return sign(issuer, audience, secret, claims(issuer, audience, subject, Scopes.all(),
                Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1)));
    }

    String signedWith(String otherSecret, String subject) {
        return sign(issuer, audience, otherSecret, claims(issuer, audience, subject, Scopes.all(), Instant.now(),
                Duration.ofHours(1)));
    }

    String forAudience(String otherAudience, String subject) {
        return sign(issuer, otherAudience, secret, claims(issuer, otherAudience, subject, Scopes.all(), Instant.now(),
                Duration.ofHours(1)));
    }

    String fromIssuer(String otherIssuer, String subject) {
        return sign(otherIssuer, audience, secret, claims(otherIssuer, audience, subject, Scopes.all(), Instant.now(),
                Duration.ofHours(1)));
    }

    /** A good token whose signature has been altered. */
    String withBadSignature(String subject) {
        String token = forUser(subject);
        char last = token.charAt(token.length() - 10);
        return token.substring(0, token.length() - 10) + (last == 'A' ? 'B' : 'A') + token.substring(token.length() - 9);
    }

    /** An unsigned token ({@code alg: none}) carrying otherwise perfect claims. */
    String algNone(String subject) {
        String good = forUser(subject);
        String payload = good.split("\\.")[1];
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"at+jwt\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    private static AccessTokenClaims claims(String issuer, String audience, String subject, Scopes scopes,
                                            Instant issuedAt, Duration lifetime) {
        return new AccessTokenClaims(issuer, audience, new UserId(subject), "e2e-client", scopes,
                UUID.randomUUID().toString(), issuedAt, issuedAt.plus(lifetime), subject.substring(subject.indexOf(':') + 1));
    }

    private static String sign(String issuer, String audience, String secret, AccessTokenClaims claims) {
        return new JwtAccessTokenSigner(JwtSettings.of(issuer, audience, secret)).sign(claims);
    }
}
