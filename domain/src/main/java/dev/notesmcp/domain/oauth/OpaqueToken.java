package dev.notesmcp.domain.oauth;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/** A fresh random secret (256 bits, BASE64URL): codes, refresh tokens, client secrets, CSRF and state values. */
public record OpaqueToken(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;

    public OpaqueToken {
        Objects.requireNonNull(value, "value");
    }

    public static OpaqueToken random() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new OpaqueToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    public TokenHash hash() {
        return TokenHash.of(value);
    }

    @Override
    public String toString() {
        return "OpaqueToken[***]";
    }
}
