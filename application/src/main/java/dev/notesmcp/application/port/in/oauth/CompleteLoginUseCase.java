package dev.notesmcp.application.port.in.oauth;

import java.util.Objects;
import java.util.Optional;

/** The upstream provider sends the browser back to our callback: finish the login, answer the client. */
public interface CompleteLoginUseCase {

    StartAuthorizationUseCase.Step complete(Command command);

    /**
     * {@code provider} from the callback's path ({@code /oauth/<provider>/callback}); {@code state}
     * and {@code code} (or the provider's {@code error}) from its query; {@code browserState} from
     * the cookie set when the login started.
     */
    record Command(String provider, Optional<String> state, Optional<String> browserState, Optional<String> code,
                   Optional<String> error) {
        public Command {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(browserState, "browserState");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(error, "error");
        }

        @Override
        public String toString() {
            return "Command[provider=" + provider + ", state=***, browserState=***, code=***, error=" + error.orElse("") + "]";
        }
    }
}
