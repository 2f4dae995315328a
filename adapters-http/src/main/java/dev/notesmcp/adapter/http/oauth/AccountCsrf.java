package dev.notesmcp.adapter.http.oauth;

import dev.notesmcp.domain.identity.UserId;
import io.helidon.http.SetCookie;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The connected-apps page's CSRF defence: a synchronizer token bound to this browser's session
 * and user. The session is a random value in a Strict, HttpOnly cookie; the token in each form is
 * {@code HMAC(key, user, session)}, so it can be checked without server state on any instance, and
 * another site can neither read nor compute it (OWASP's HMAC-based token pattern). SameSite alone
 * is not relied upon. Checked in constant time.
 */
final class AccountCsrf {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();
    /** What {@link #tokenFor} writes: 256 random bits, BASE64URL. */
    private static final Pattern SESSION = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final byte[] key;
    private final BrowserCookie session;

    AccountCsrf(byte[] cookieKey, boolean secure) {
        this.key = CookieKeys.derive(cookieKey, "account csrf token");
        this.session = new BrowserCookie("notes_mcp_account", secure, SetCookie.SameSite.STRICT,
                RememberedUserCookie.LIFETIME);
    }

    /** The token for the page's forms, starting a session in this browser when it sent none. */
    String tokenFor(ServerRequest request, ServerResponse response, UserId user) {
        Optional<String> existing = session.read(request).filter(value -> SESSION.matcher(value).matches());
        String value = existing.orElseGet(() -> {
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            String fresh = ENCODER.encodeToString(random);
            session.set(response, fresh);
            return fresh;
        });
        return token(user, value);
    }

    /** Whether {@code submitted} is the token of this browser's session for {@code user}. */
    boolean accepts(ServerRequest request, UserId user, Optional<String> submitted) {
        Optional<String> value = session.read(request).filter(v -> SESSION.matcher(v).matches());
        if (value.isEmpty() || submitted.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(token(user, value.get()).getBytes(StandardCharsets.US_ASCII),
                submitted.get().getBytes(StandardCharsets.UTF_8));
    }

    void clear(ServerResponse response) {
        session.clear(response);
    }

    private String token(UserId user, String sessionValue) {
        // The session value is BASE64URL (no newline), so the first newline ends it: no two pairs collide.
        return ENCODER.encodeToString(CookieKeys.hmac(key,
                (sessionValue + "\n" + user.value()).getBytes(StandardCharsets.UTF_8)));
    }
}
