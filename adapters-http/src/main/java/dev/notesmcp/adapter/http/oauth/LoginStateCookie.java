package dev.notesmcp.adapter.http.oauth;

import io.helidon.http.SetCookie;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Binds an upstream login to the browser that started it: our upstream {@code state} is also
 * set as a cookie and must come back with the callback. On https it is a {@code __Host-} cookie
 * (Secure, Path=/, no Domain), so no other site or subdomain can plant one.
 */
final class LoginStateCookie {

    private static final Duration LIFETIME = Duration.ofMinutes(10);

    private final boolean secure;
    private final String name;

    LoginStateCookie(boolean secure) {
        this.secure = secure;
        this.name = secure ? "__Host-notes_mcp_login" : "notes_mcp_login";
    }

    void set(ServerResponse response, String state) {
        response.headers().addCookie(SetCookie.builder(name, state)
                .path("/")
                .httpOnly(true)
                .secure(secure)
                // Lax: sent on the top-level redirect back from the provider, not on cross-site subrequests.
                .sameSite(SetCookie.SameSite.LAX)
                .maxAge(LIFETIME)
                .build());
    }

    Optional<String> read(ServerRequest request) {
        return request.headers().cookies().first(name).asOptional();
    }

    void clear(ServerResponse response) {
        response.headers().addCookie(SetCookie.builder(name, "")
                .path("/")
                .httpOnly(true)
                .secure(secure)
                .sameSite(SetCookie.SameSite.LAX)
                .expires(Instant.EPOCH)
                .build());
    }
}
