package dev.notesmcp.adapter.http.oauth;

import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.identity.UserId;
import io.helidon.http.SetCookie;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Remembers who signed in with this browser, so a returning user of a client they already
 * allowed is not asked again (their consent is looked up by this user). The value is the user id
 * and an HMAC-SHA256 over it, set only after a real upstream sign-in. In the authorization flow it
 * grants nothing by itself, since the upstream sign-in still happens and must turn out to be a user
 * who consented; on the connected-apps page ({@link AccountEndpoint}) it is the session: its user
 * sees and revokes their apps (each change also needs that page's CSRF token). Signing out clears it.
 */
final class RememberedUserCookie {

    static final Duration LIFETIME = Duration.ofDays(30);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final BrowserCookie cookie;

    RememberedUserCookie(byte[] key, boolean secure) {
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
        this.cookie = new BrowserCookie("notes_mcp_user", secure, SetCookie.SameSite.LAX, LIFETIME);
    }

    void set(ServerResponse response, UserId user) {
        String payload = ENCODER.encodeToString(user.value().getBytes(StandardCharsets.UTF_8));
        cookie.set(response, payload + "." + ENCODER.encodeToString(mac(payload)));
    }

    void clear(ServerResponse response) {
        cookie.clear(response);
    }

    Optional<UserId> read(ServerRequest request) {
        return cookie.read(request).flatMap(this::verify);
    }

    private Optional<UserId> verify(String value) {
        int dot = value.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String payload = value.substring(0, dot);
        try {
            if (!MessageDigest.isEqual(mac(payload), DECODER.decode(value.substring(dot + 1)))) {
                return Optional.empty();
            }
            return Optional.of(new UserId(new String(DECODER.decode(payload), StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            // Not base64, or not a user id: a cookie we did not write.
            return Optional.empty();
        }
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
