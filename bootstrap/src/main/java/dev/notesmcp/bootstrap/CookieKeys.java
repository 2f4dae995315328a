package dev.notesmcp.bootstrap;

import dev.notesmcp.bootstrap.config.Secret;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * Derives the cookie-signing key from {@code JWT_SIGNING_SECRET} (HMAC-SHA256 with a fixed
 * label), so there is one secret to configure and share across instances, yet a cookie can never
 * be passed off as a token or the other way round.
 */
final class CookieKeys {

    private static final String LABEL = "notes-mcp browser cookies v1";

    private CookieKeys() {
    }

    static byte[] derive(Secret jwtSigningSecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(jwtSigningSecret.bytes(), "HmacSHA256"));
            return mac.doFinal(LABEL.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
