package dev.notesmcp.application.port.in.account;

import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.SignInOption;
import dev.notesmcp.domain.identity.UpstreamSignIn;
import dev.notesmcp.domain.identity.UserId;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Signing in to the connected-apps page through the configured identity providers, the same
 * upstream sign-in as the authorization flow (fresh state, nonce and PKCE verifier each time, the
 * same callback route), but ending with the user instead of a code for a client. The caller keeps
 * the {@link UpstreamSignIn} between {@link #start} and {@link #complete}, bound to the browser.
 */
public interface AccountSignInUseCase {

    /** The configured providers, in order. */
    List<SignInOption> signInOptions();

    Start start(String provider);

    SignIn complete(Command command);

    sealed interface Start {
    }

    /** Send the browser to {@code location}; keep {@code signIn} for the callback. */
    record RedirectToProvider(URI location, UpstreamSignIn signIn) implements Start {
        public RedirectToProvider {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(signIn, "signIn");
        }
    }

    record UnknownProvider(String message) implements Start {
        public UnknownProvider {
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * {@code provider} from the callback's path; {@code state}, {@code code} and {@code error} from
     * its query; {@code started}: the sign-in kept since {@link #start}, when this browser has one.
     */
    record Command(String provider, Optional<String> state, Optional<UpstreamSignIn> started, Optional<String> code,
                   Optional<String> error) {
        public Command {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(started, "started");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(error, "error");
        }

        @Override
        public String toString() {
            return "Command[provider=" + provider + ", state=***, started=***, code=***, error=" + error.orElse("") + "]";
        }
    }

    sealed interface SignIn {
    }

    record SignedIn(UserId user) implements SignIn {
        public SignedIn {
            Objects.requireNonNull(user, "user");
        }
    }

    /** {@code message} is safe to show and says what to do. */
    record NotSignedIn(String message) implements SignIn {
        public NotSignedIn {
            Objects.requireNonNull(message, "message");
        }
    }
}
