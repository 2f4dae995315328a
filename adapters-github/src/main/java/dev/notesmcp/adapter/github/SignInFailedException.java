package dev.notesmcp.adapter.github;

import java.lang.System.Logger.Level;

/**
 * A step of the sign-in went wrong. {@code userMessage} is shown to the person signing in;
 * {@code logReason} is for the operator's log. Neither ever holds the client secret, the code or
 * the GitHub token. Caught in {@link GitHubIdentityProvider#identify} and turned into a {@code Failed}.
 */
final class SignInFailedException extends RuntimeException {

    private final String userMessage;
    private final Level logLevel;

    SignInFailedException(String userMessage, String logReason, Level logLevel) {
        super(logReason, null, false, false);
        this.userMessage = userMessage;
        this.logLevel = logLevel;
    }

    SignInFailedException(String userMessage, String logReason) {
        this(userMessage, logReason, Level.WARNING);
    }

    String userMessage() {
        return userMessage;
    }

    String logReason() {
        return getMessage();
    }

    Level logLevel() {
        return logLevel;
    }
}
