package dev.notesmcp.application.port.in.oauth;

import java.util.Objects;
import java.util.Optional;

/** The user approves or denies on our consent page (a form POST with its CSRF token). */
public interface DecideConsentUseCase {

    StartAuthorizationUseCase.Step decide(Command command);

    /**
     * {@code csrfToken} comes from the form; {@code browserToken} from the cookie set with the
     * consent page. Both must be the token of that page: the form proves the page was read, the
     * cookie that it was read in this browser (a forged form posted from another site carries
     * the attacker's token but not the victim's cookie). {@code provider} names the identity
     * provider the user chose to continue with; none when only one is configured.
     */
    record Command(String pendingId, String csrfToken, Optional<String> browserToken, boolean approved,
                   Optional<String> provider) {
        public Command {
            Objects.requireNonNull(pendingId, "pendingId");
            Objects.requireNonNull(csrfToken, "csrfToken");
            Objects.requireNonNull(browserToken, "browserToken");
            Objects.requireNonNull(provider, "provider");
        }

        /** A decision on a page that offered no choice of provider. */
        public Command(String pendingId, String csrfToken, Optional<String> browserToken, boolean approved) {
            this(pendingId, csrfToken, browserToken, approved, Optional.empty());
        }

        @Override
        public String toString() {
            return "Command[pendingId=" + pendingId + ", csrfToken=***, browserToken=***, approved=" + approved
                    + ", provider=" + provider.orElse("") + "]";
        }
    }
}
