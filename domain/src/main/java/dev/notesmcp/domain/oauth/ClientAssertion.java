package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.InvalidValueException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The claims of a client's signed JWT assertion ({@code private_key_jwt}), read after its
 * signature was verified, and the rules of RFC 7523 §3 that decide whether it authenticates a
 * client. {@code jti} is required here (RFC 7523 §3 leaves replay protection to the server;
 * OpenID Connect Core §9 requires it for {@code private_key_jwt}): an assertion is good once.
 */
public record ClientAssertion(String issuer, String subject, List<String> audience, Instant expiresAt,
                              Optional<Instant> notBefore, Optional<Instant> issuedAt, Optional<String> jwtId) {

    /** Clocks differ: {@code exp}, {@code nbf} and {@code iat} are judged with this much leeway. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
    /** Its {@code jti} is remembered until {@code exp}, so a far-future {@code exp} is refused. */
    public static final Duration MAX_LIFETIME = Duration.ofHours(1);
    public static final int MAX_JWT_ID_LENGTH = 256;
    /**
     * The signature algorithms accepted, published as {@code token_endpoint_auth_signing_alg_values_supported}
     * (RFC 8414 §2): asymmetric only, so a client's public key can never double as an HMAC secret.
     */
    public static final List<String> SIGNING_ALGORITHMS = List.of(
            "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512");

    public ClientAssertion {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
        audience = List.copyOf(audience);
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(jwtId, "jwtId");
        if (jwtId.filter(id -> id.isEmpty() || id.length() > MAX_JWT_ID_LENGTH).isPresent()) {
            throw new InvalidValueException("jti", "must have 1 to " + MAX_JWT_ID_LENGTH + " characters");
        }
    }

    /**
     * Why this assertion does not authenticate {@code client} at {@code now}, or empty when it does.
     * {@code audiences} are the values that identify this server (its issuer, its token endpoint).
     */
    public Optional<OAuthError> refusal(ClientId client, Set<String> audiences, Instant now) {
        String id = client.value();
        if (!issuer.equals(id) || !subject.equals(id)) {
            return refused("its iss and sub must both be the client_id " + id + " (RFC 7523 section 3)");
        }
        if (audience.stream().noneMatch(audiences::contains)) {
            return refused("its aud must name this authorization server: one of " + String.join(", ", audiences.stream().sorted().toList()));
        }
        if (!now.isBefore(expiresAt.plus(CLOCK_SKEW))) {
            return refused("it has expired (exp is in the past)");
        }
        if (expiresAt.isAfter(now.plus(MAX_LIFETIME).plus(CLOCK_SKEW))) {
            return refused("its exp is more than " + MAX_LIFETIME.toMinutes() + " minutes ahead");
        }
        if (notBefore.filter(nbf -> now.plus(CLOCK_SKEW).isBefore(nbf)).isPresent()) {
            return refused("it is not valid yet (nbf is in the future)");
        }
        if (issuedAt.filter(iat -> now.plus(CLOCK_SKEW).isBefore(iat)).isPresent()) {
            return refused("it was issued in the future (iat)");
        }
        if (jwtId.isEmpty()) {
            return refused("it needs a jti, so that it can be used only once");
        }
        return Optional.empty();
    }

    /** Identifies this assertion among every client's, for the replay check. */
    public TokenHash replayKey() {
        return TokenHash.of(issuer + "\n" + jwtId.orElseThrow());
    }

    private static Optional<OAuthError> refused(String why) {
        return Optional.of(OAuthError.invalidClient("the client assertion is refused: " + why));
    }
}
