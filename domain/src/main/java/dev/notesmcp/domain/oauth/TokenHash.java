package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.InvalidValueException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

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
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return new TokenHash(Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Whether {@code secret} hashes to this value; compared in constant time. */
    public boolean matches(String secret) {
        return secret != null && MessageDigest.isEqual(
                of(secret).value.getBytes(StandardCharsets.US_ASCII), value.getBytes(StandardCharsets.US_ASCII));
    }
}
