package dev.notesmcp.application.port.in.oauth;

import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.OAuthErrorCode;
import dev.notesmcp.domain.token.Scopes;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code GET /authorize}: a client asks, through the user's browser, for access to their notes. */
public interface StartAuthorizationUseCase {

    Step start(Command command);

    /**
     * The query parameters as sent, each possibly missing, and the user this browser remembers
     * from an earlier sign-in (a signed cookie), if any.
     */
    record Command(Optional<String> clientId, Optional<String> redirectUri, Optional<String> responseType,
                   Optional<String> codeChallenge, Optional<String> codeChallengeMethod, Optional<String> scope,
                   Optional<String> state, Optional<String> resource, Optional<UserId> rememberedUser) {

        /** A request from a browser that remembers no one. */
        public Command(Optional<String> clientId, Optional<String> redirectUri, Optional<String> responseType,
                       Optional<String> codeChallenge, Optional<String> codeChallengeMethod, Optional<String> scope,
                       Optional<String> state, Optional<String> resource) {
            this(clientId, redirectUri, responseType, codeChallenge, codeChallengeMethod, scope, state, resource,
                    Optional.empty());
        }
    }

    /** What the browser sees next, at any step of the authorization flow. */
    sealed interface Step {
    }

    /**
     * Our consent page: who asks, where the answer goes, for what; the form carries id and CSRF token.
     * {@code verifiedHost} is the host that serves a CIMD client's metadata document — the only
     * thing about a client this server has verified; a registered client's name is its own choice.
     * {@code signInOptions} are the configured identity providers in order: with one, the page has
     * a single Allow button; with several, one "Continue with …" button each.
     */
    record AskConsent(String pendingId, String csrfToken, String clientName, String redirectHost, Scopes scopes,
                      Optional<String> verifiedHost, List<SignInOption> signInOptions) implements Step {
        public AskConsent {
            Objects.requireNonNull(pendingId, "pendingId");
            Objects.requireNonNull(csrfToken, "csrfToken");
            Objects.requireNonNull(clientName, "clientName");
            Objects.requireNonNull(redirectHost, "redirectHost");
            Objects.requireNonNull(scopes, "scopes");
            Objects.requireNonNull(verifiedHost, "verifiedHost");
            signInOptions = List.copyOf(signInOptions);
            if (signInOptions.isEmpty()) {
                throw new IllegalArgumentException("a consent page offers at least one way to sign in");
            }
        }

        /** Whether the user chooses between several identity providers. */
        public boolean offersAChoice() {
            return signInOptions.size() > 1;
        }
    }

    /** One identity provider on the consent page: its name (the form value) and what people call it. */
    record SignInOption(String provider, String displayName) {
        public SignInOption {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(displayName, "displayName");
        }
    }

    /**
     * Back to the client's validated redirect URI, with a code or an error. {@code signedIn} names
     * the user when this ends a successful sign-in, so the browser can remember them.
     */
    record RedirectToClient(URI location, Optional<UserId> signedIn) implements Step {
        public RedirectToClient {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(signedIn, "signedIn");
        }

        public RedirectToClient(URI location) {
            this(location, Optional.empty());
        }
    }

    /**
     * On to the upstream sign-in. {@code loginState} must be bound to this browser (a cookie) and
     * come back with the callback.
     */
    record RedirectToLogin(URI location, String loginState) implements Step {
        public RedirectToLogin {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(loginState, "loginState");
        }
    }

    /** An error we must not send to an unvalidated redirect URI: shown as our own page. */
    record ShowError(String message) implements Step {
        public ShowError {
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * The sign-in ended without a user for the client (an allow-list refused them, the provider
     * failed): our page says why in {@code message}, and its link takes the browser back to the
     * client's validated redirect URI, {@code location}, which carries {@code error}
     * ({@code access_denied} or {@code server_error}), the client's {@code state} and our {@code iss}.
     */
    record ReturnWithError(String message, OAuthErrorCode error, URI location) implements Step {
        public ReturnWithError {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(location, "location");
        }
    }
}
