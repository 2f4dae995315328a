package dev.notesmcp.adapter.http.security;

import dev.notesmcp.domain.token.AccessTokenClaims;

import java.util.Objects;
import java.util.Optional;

/** What the bearer gate decided about one request: let the caller in, or refuse with an RFC 6750 challenge. */
public sealed interface BearerOutcome {

    /** The request carries exactly one bearer token and the application verified it. */
    record Admitted(AccessTokenClaims caller) implements BearerOutcome {
        public Admitted {
            Objects.requireNonNull(caller, "caller");
        }
    }

    /**
     * The request is refused (RFC 6750 §3): {@code status} with {@code challenge} as its
     * {@code WWW-Authenticate} value. {@code error} and {@code description} are the challenge's
     * {@code error} and {@code error_description}; a request without any token has neither
     * (RFC 6750 §3.1: no error code when no authentication was attempted).
     */
    record Refused(int status, Optional<String> error, Optional<String> description, String challenge)
            implements BearerOutcome {

        public Refused {
            if (status != 400 && status != 401 && status != 403) {
                throw new IllegalArgumentException("RFC 6750 §3.1 refuses with 400, 401 or 403, not " + status);
            }
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(challenge, "challenge");
            if (error.isPresent() != description.isPresent()) {
                throw new IllegalArgumentException("an error code goes with its description");
            }
            if (!challenge.startsWith("Bearer ")
                    || !error.map(code -> challenge.contains("error=\"" + code + "\"")).orElse(true)
                    || !description.map(text -> challenge.contains("error_description=\"" + text + "\"")).orElse(true)) {
                throw new IllegalArgumentException("the challenge must be a Bearer challenge naming the same error");
            }
        }
    }
}
