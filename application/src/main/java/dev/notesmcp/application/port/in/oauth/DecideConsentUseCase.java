package dev.notesmcp.application.port.in.oauth;

import java.util.Objects;

/** The user approves or denies on our consent page (a form POST with its CSRF token). */
public interface DecideConsentUseCase {

    StartAuthorizationUseCase.Step decide(Command command);

    record Command(String pendingId, String csrfToken, boolean approved) {
        public Command {
            Objects.requireNonNull(pendingId, "pendingId");
            Objects.requireNonNull(csrfToken, "csrfToken");
        }

        @Override
        public String toString() {
            return "Command[pendingId=" + pendingId + ", csrfToken=***, approved=" + approved + "]";
        }
    }
}
