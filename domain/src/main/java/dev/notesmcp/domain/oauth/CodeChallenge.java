package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.Sha256;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.regex.Pattern;

/**
 * A PKCE code challenge, S256 only: {@code BASE64URL(SHA-256(verifier))}, 43 characters
 * (RFC 7636 §4.2). {@code plain} is refused, as OAuth 2.1 §4.1.1 and the MCP spec require.
 */
public record CodeChallenge(String value) {

    public static final String METHOD = "S256";
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    public CodeChallenge {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("code_challenge", "must be the 43-character BASE64URL SHA-256 of the verifier");
        }
    }

    public static CodeChallenge of(String value, String method) {
        if (!METHOD.equals(method)) {
            throw new InvalidValueException("code_challenge_method", "must be S256 (plain is not supported)");
        }
        return new CodeChallenge(value);
    }

    public static CodeChallenge s256(CodeVerifier verifier) {
        return new CodeChallenge(hash(verifier.value()));
    }

    /** Whether {@code verifier} is the one this challenge was made from; compared in constant time. */
    public boolean matches(CodeVerifier verifier) {
        return MessageDigest.isEqual(hash(verifier.value()).getBytes(StandardCharsets.US_ASCII),
                value.getBytes(StandardCharsets.US_ASCII));
    }

    private static String hash(String verifier) {
        return Sha256.base64Url(verifier);
    }
}
