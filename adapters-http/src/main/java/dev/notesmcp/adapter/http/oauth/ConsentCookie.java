package dev.notesmcp.adapter.http.oauth;

import io.helidon.http.SetCookie;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Binds a consent page to the browser it was shown in: the page's CSRF token is also set as a
 * cookie (one per pending request, so two tabs do not clash) and must come back with the form.
 * SameSite=Strict: our own form posts it, no other site can make a browser send it.
 */
final class ConsentCookie {

    private static final Duration LIFETIME = Duration.ofMinutes(10);

    private final boolean secure;
    private final String prefix;

    ConsentCookie(boolean secure) {
        this.secure = secure;
        this.prefix = secure ? "__Host-notes_mcp_consent_" : "notes_mcp_consent_";
    }

    void set(ServerResponse response, String pendingId, String csrfToken) {
        response.headers().addCookie(cookie(pendingId, csrfToken, LIFETIME));
    }

    Optional<String> read(ServerRequest request, String pendingId) {
        return request.headers().cookies().first(prefix + pendingId).asOptional();
    }

    void clear(ServerResponse response, String pendingId) {
        response.headers().addCookie(expired(pendingId));
    }

    /** Helidon drops a zero max-age, so deletion is spelled as an expiry in the past. */
    private SetCookie expired(String pendingId) {
        return SetCookie.builder(prefix + pendingId, "")
                .path("/")
                .httpOnly(true)
                .secure(secure)
                .sameSite(SetCookie.SameSite.STRICT)
                .expires(Instant.EPOCH)
                .build();
    }

    private SetCookie cookie(String pendingId, String value, Duration maxAge) {
        return SetCookie.builder(prefix + pendingId, value)
                .path("/")
                .httpOnly(true)
                .secure(secure)
                .sameSite(SetCookie.SameSite.STRICT)
                .maxAge(maxAge)
                .build();
    }
}
