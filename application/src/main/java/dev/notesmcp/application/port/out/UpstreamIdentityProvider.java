package dev.notesmcp.application.port.out;

import dev.notesmcp.domain.identity.UpstreamIdentity;
import dev.notesmcp.domain.identity.UpstreamSignIn;

import java.net.URI;
import java.util.Objects;

/**
 * An identity provider that tells us who the user is (GitHub, Google, GitLab, any OpenID Connect
 * issuer, the dev login). We send the browser to it with the secrets of an {@link UpstreamSignIn}
 * we made up for this login, and get back a one-time code on our callback URL,
 * {@code PUBLIC_URL/oauth/<name>/callback}. Any upstream token is used inside {@link #identify}
 * and dropped: never stored, never passed on. {@code UpstreamIdentityProviderContract} (this
 * module's test-jar) is what every implementation must pass.
 */
public interface UpstreamIdentityProvider {

    /**
     * A short lower-case name ({@link UpstreamSignIn#PROVIDER_NAME}): in our callback URL, in
     * {@code IDENTITY_PROVIDERS} and as the prefix of every user id this provider signs in
     * ({@code github:1234567}).
     */
    String name();

    /** How people know it, for the consent page's "Continue with …" button, e.g. {@code GitHub}. */
    String displayName();

    /**
     * Where to send the browser to sign in. The provider returns to {@code callback} with
     * {@code signIn.state()}; it carries {@code signIn.nonce()} (OpenID Connect) and the PKCE S256
     * challenge {@code signIn.codeChallenge()} where it supports them, and never the verifier.
     */
    URI authorizationUrl(UpstreamSignIn signIn, URI callback);

    /**
     * Trades the code from the callback for the user's identity, checking what belongs to
     * {@code signIn} (its PKCE verifier, its nonce). Expected outcomes are values, never exceptions.
     */
    Login identify(String code, UpstreamSignIn signIn, URI callback);

    /** The outcome of {@link #identify}: who signed in, or why not, in words for the user. */
    sealed interface Login {
    }

    /** Signed in; the identity's user id names this provider ({@code <name>:<upstream id>}). */
    record Identified(UpstreamIdentity identity) implements Login {
        public Identified {
            Objects.requireNonNull(identity, "identity");
        }
    }

    /**
     * The user signed in but may not use this server (an allow-list of organisations, groups or
     * domains, a policy): the client is told {@code access_denied}. {@code message} is safe to show.
     */
    record Refused(String message) implements Login {
        public Refused {
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * The sign-in did not work: the provider refused the code, answered something unusable or could
     * not be reached; the client is told {@code server_error}. {@code message} is safe to show (no secrets).
     */
    record Failed(String message) implements Login {
        public Failed {
            Objects.requireNonNull(message, "message");
        }
    }
}
