package dev.notesmcp.adapter.http.oauth;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * HMAC-SHA256, and keys for each cookie purpose derived from the one cookie key (HMAC of the
 * purpose's label, as HKDF-Expand does in one block, RFC 5869 §2.3), so no two cookies share a key.
 */
final class CookieKeys {

    private CookieKeys() {
    }

    static byte[] derive(byte[] cookieKey, String purpose) {
        return hmac(cookieKey, purpose.getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
