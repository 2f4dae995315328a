package dev.notesmcp.application.port.out;

import dev.notesmcp.domain.identity.UpstreamIdentity;

import java.net.URI;
import java.util.Objects;

/**
 * The identity provider that tells us who the user is (GitHub, or the dev login). We send the
 * browser to it with our own {@code state} and get back a one-time code on our callback URL.
 * Any upstream token is used inside {@link #identify} and dropped: never stored, never passed on.
 */
public interface UpstreamIdentityProvider {

    /** A short lower-case name used in our URLs and user ids, e.g. {@code github}. */
    String name();

    /** Where to send the browser to sign in; the provider returns to {@code callback} with {@code state}. */
    URI authorizationUrl(String state, URI callback);

    /** Trades the code from the callback for the user's identity. */
    Login identify(String code, URI callback);

    /** The outcome of {@link #identify}: who signed in, or what went wrong, in words for the user. */
    sealed interface Login {
    }

    record Identified(UpstreamIdentity identity) implements Login {
        public Identified {
            Objects.requireNonNull(identity, "identity");
        }
    }

    /** The provider refused or could not be reached; {@code message} is safe to show (no secrets). */
    record Failed(String message) implements Login {
        public Failed {
            Objects.requireNonNull(message, "message");
        }
    }
}
