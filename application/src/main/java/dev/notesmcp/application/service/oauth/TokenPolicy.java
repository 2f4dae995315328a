package dev.notesmcp.application.service.oauth;

import dev.notesmcp.domain.oauth.CanonicalResource;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** What the tokens we issue say ({@code resource} is their {@code aud}, exactly) and how long they live. */
public record TokenPolicy(String issuer, String resource, Duration accessTokenTtl, Duration refreshTokenTtl) {

    public TokenPolicy {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(accessTokenTtl, "accessTokenTtl");
        Objects.requireNonNull(refreshTokenTtl, "refreshTokenTtl");
        new CanonicalResource(resource); // fails fast on an identifier no request could name
    }

    /** RFC 8707: a {@code resource} parameter, when sent, must name us (by {@link CanonicalResource}'s rule). */
    public boolean acceptsResource(Optional<String> requested) {
        return requested.map(new CanonicalResource(resource)::isNamedBy).orElse(true);
    }
}
