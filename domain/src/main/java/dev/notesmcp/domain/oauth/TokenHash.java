package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.Sha256;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * How a secret we issue (authorization code, refresh token, client secret) is kept at rest:
 * {@code BASE64URL(SHA-256(secret))}. The secrets are 256-bit random values, so a fast hash is
 * enough; no store ever holds one in the clear.
 */
public record TokenHash(String value) {

    public TokenHash {
        if (value == null || !value.matches("[A-Za-z0-9_-]{43}")) {
            throw new InvalidValueException("hash", "must be a BASE64URL SHA-256 digest");
        }
    }

    public static TokenHash of(String secret) {
        return new TokenHash(Sha256.base64Url(secret));
    }

    /** Whether {@code secret} hashes to this value; compared in constant time. */
    public boolean matches(String secret) {
        return secret != null && MessageDigest.isEqual(
                of(secret).value.getBytes(StandardCharsets.US_ASCII), value.getBytes(StandardCharsets.US_ASCII));
    }
}
