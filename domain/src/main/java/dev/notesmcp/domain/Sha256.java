package dev.notesmcp.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** {@code BASE64URL(SHA-256(text))} without padding: secrets at rest and PKCE S256 (RFC 7636 §4.2). */
public final class Sha256 {

    private Sha256() {
    }

    /** Over the UTF-8 bytes of {@code text} (for the ASCII of a PKCE verifier, its US-ASCII bytes). */
    public static String base64Url(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
