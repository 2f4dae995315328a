package dev.notesmcp.adapter.oidc;

import java.lang.System.Logger.Level;

/**
 * A sign-in step that did not work, on its way to becoming a {@code Failed} outcome: words for the
 * person signing in, and a reason for the operator's log. Neither ever holds a code, a token, a
 * nonce, a verifier or the client secret.
 */
final class SignInFailure extends RuntimeException {

    private final String userMessage;
    private final transient Level level;

    SignInFailure(String userMessage, String logReason) {
        this(userMessage, logReason, Level.WARNING);
    }

    /** {@code level} ERROR is for what only the operator can fix (credentials, callback URL). */
    SignInFailure(String userMessage, String logReason, Level level) {
        super(logReason, null, false, false);
        this.userMessage = userMessage;
        this.level = level;
    }

    String userMessage() {
        return userMessage;
    }

    String logReason() {
        return getMessage();
    }

    Level level() {
        return level;
    }
}
