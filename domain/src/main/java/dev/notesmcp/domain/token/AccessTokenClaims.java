package dev.notesmcp.domain.token;

import dev.notesmcp.domain.Check;
import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.identity.UserId;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What one of our access tokens says: who ({@code sub}, upstream {@code login}), which client,
 * which scopes, for which resource ({@code aud}), from which issuer, and when it stops being valid.
 */
public record AccessTokenClaims(
        String issuer,
        String audience,
        UserId subject,
        String clientId,
        Scopes scopes,
        String tokenId,
        Instant issuedAt,
        Instant expiresAt,
        String login) {

    public AccessTokenClaims {
        Check.text("iss", issuer, 1, 2048);
        Check.text("aud", audience, 1, 2048);
        Objects.requireNonNull(subject, "subject");
        Check.text("client_id", clientId, 1, 255);
        Objects.requireNonNull(scopes, "scopes");
        Check.text("jti", tokenId, 1, 255);
        // JWT NumericDate is whole seconds (RFC 7519 §2); keep claims equal to what survives signing.
        issuedAt = issuedAt.truncatedTo(ChronoUnit.SECONDS);
        expiresAt = expiresAt.truncatedTo(ChronoUnit.SECONDS);
        if (!expiresAt.isAfter(issuedAt)) {
            throw new InvalidValueException("exp", "must be after iat");
        }
        login = login == null ? "" : Check.text("login", login, 0, 255);
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public boolean grants(Scope scope) {
        return scopes.contains(scope);
    }
}
