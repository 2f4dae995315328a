package dev.notesmcp.adapter.http;

import io.helidon.webserver.http.HttpService;

import java.util.Objects;

/**
 * A page an identity adapter serves itself under {@code PUBLIC_URL} (the dev login's user-name
 * form): bootstrap hands it in, so this adapter serves it without knowing the adapter. It runs
 * behind the same hygiene, error mapping and {@code authorize} rate limit as our own sign-in pages.
 *
 * @param path    the exact path its service answers, e.g. {@code /oauth/dev/login}
 * @param service its routes (all under {@code path})
 */
public record IdentityProviderPage(String path, HttpService service) {

    public IdentityProviderPage {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(service, "service");
        if (!path.startsWith("/oauth/")) {
            // Under /oauth/ the transport errors answer HTML pages, as on every browser route.
            throw new IllegalArgumentException("an identity provider's page lives under /oauth/");
        }
    }
}
