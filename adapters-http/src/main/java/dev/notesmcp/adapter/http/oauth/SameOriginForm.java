package dev.notesmcp.adapter.http.oauth;

import dev.notesmcp.adapter.http.common.HttpSettings;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;

import java.util.Optional;

/**
 * Whether a form post comes from one of our own pages, as browsers say. {@code Sec-Fetch-Site}
 * (Fetch Metadata) is the authority when present: only {@code same-origin} passes. Browsers without
 * it (older Safari and Firefox) still send {@code Origin} on every POST: then it must be our
 * {@code PUBLIC_URL} origin; another site's, or an opaque {@code null} (sandboxed frames, a
 * no-referrer policy), is refused. Our form pages' {@code Referrer-Policy: same-origin} makes those
 * browsers send our real origin. CSRF tokens remain the main defence.
 */
final class SameOriginForm {

    private static final HeaderName SEC_FETCH_SITE = HeaderNames.create("Sec-Fetch-Site");

    private final String ownOrigin;

    SameOriginForm(HttpSettings settings) {
        this.ownOrigin = HttpSettings.originOf(settings.publicUrl());
    }

    boolean test(ServerRequest request) {
        Optional<String> fetchSite = request.headers().first(SEC_FETCH_SITE);
        if (fetchSite.isPresent()) {
            return fetchSite.get().equals("same-origin");
        }
        Optional<String> origin = request.headers().first(HeaderNames.ORIGIN);
        return origin.isEmpty() || origin.get().equalsIgnoreCase(ownOrigin);
    }
}
