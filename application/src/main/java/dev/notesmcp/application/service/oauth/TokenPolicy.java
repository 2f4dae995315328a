package dev.notesmcp.application.service.oauth;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** What the tokens we issue say and how long they live. */
public record TokenPolicy(String issuer, String resource, Duration accessTokenTtl, Duration refreshTokenTtl) {

    public TokenPolicy {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(accessTokenTtl, "accessTokenTtl");
        Objects.requireNonNull(refreshTokenTtl, "refreshTokenTtl");
    }

    /** RFC 8707: a {@code resource} parameter, when sent, must name us. */
    public boolean acceptsResource(Optional<String> requested) {
        return requested.map(resource::equals).orElse(true);
    }
}
