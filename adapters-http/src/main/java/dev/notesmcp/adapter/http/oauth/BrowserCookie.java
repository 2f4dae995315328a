package dev.notesmcp.adapter.http.oauth;

import io.helidon.http.SetCookie;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One of our browser cookies: HttpOnly, Path=/, and on https {@code Secure} with the
 * {@code __Host-} prefix (so no other site or subdomain can plant one). Deleting it sets an expiry
 * in the past, because Helidon drops a zero max-age.
 */
final class BrowserCookie {

    private final String name;
    private final boolean secure;
    private final SetCookie.SameSite sameSite;
    private final Duration lifetime;

    BrowserCookie(String baseName, boolean secure, SetCookie.SameSite sameSite, Duration lifetime) {
        this.name = (secure ? "__Host-" : "") + baseName;
        this.secure = secure;
        this.sameSite = sameSite;
        this.lifetime = lifetime;
    }

    /** The same kind of cookie under a longer name, e.g. one per pending request. */
    BrowserCookie withSuffix(String suffix) {
        return new BrowserCookie(name.substring(secure ? "__Host-".length() : 0) + suffix, secure, sameSite, lifetime);
    }

    void set(ServerResponse response, String value) {
        response.headers().addCookie(builder(value).maxAge(lifetime).build());
    }

    Optional<String> read(ServerRequest request) {
        return request.headers().cookies().first(name).asOptional();
    }

    void clear(ServerResponse response) {
        response.headers().addCookie(builder("").expires(Instant.EPOCH).build());
    }

    private SetCookie.Builder builder(String value) {
        return SetCookie.builder(name, value).path("/").httpOnly(true).secure(secure).sameSite(sameSite);
    }
}
