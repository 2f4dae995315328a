package dev.notesmcp.adapter.oidc;

import com.nimbusds.oauth2.sdk.ErrorObject;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns what went wrong on a call to the provider into a {@link SignInFailure}. */
final class Failures {

    private static final Pattern ERROR_CODE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private final Messages messages;
    private final String credentialVariables;

    Failures(ProviderProfile profile) {
        this.messages = new Messages(profile.displayName());
        String prefix = profile.name().toUpperCase(Locale.ROOT);
        this.credentialVariables = prefix + "_CLIENT_ID and " + prefix + "_CLIENT_SECRET";
    }

    Messages messages() {
        return messages;
    }

    /** No answer: {@code step} names the call ("token exchange", "userinfo"). */
    SignInFailure call(String step, IOException failure) {
        String reason = step + ": " + (failure instanceof CallFailedException ? failure.getMessage()
                : failure.getClass().getSimpleName());
        return new SignInFailure(words(CallFailedException.kindOf(failure).orElse(CallFailedException.Kind.UNREACHABLE)),
                reason);
    }

    /** What the user reads when a call ended this way. */
    String words(CallFailedException.Kind kind) {
        return switch (kind) {
            case TIMED_OUT -> messages.timedOut();
            case UNREACHABLE -> messages.unreachable();
            case TOO_LARGE, MALFORMED -> messages.unexpected();
        };
    }

    /** An OAuth error reply (RFC 6749 §5.2) to {@code step}. */
    SignInFailure refusal(String step, ErrorObject error, int status) {
        String code = error == null || error.getCode() == null || !ERROR_CODE.matcher(error.getCode()).matches()
                ? null : error.getCode();
        String reason = step + ": the provider answered HTTP " + status + (code == null ? "" : " with error " + code);
        if (status >= 500) {
            return new SignInFailure(messages.trouble(), reason);
        }
        if (code == null) {
            return new SignInFailure(messages.unexpected(), reason);
        }
        return switch (code) {
            case "invalid_grant" -> new SignInFailure(messages.codeRefused(), reason);
            case "invalid_client", "unauthorized_client" -> new SignInFailure(messages.credentialsRefused(),
                    reason + " (check " + credentialVariables
                            + ", and that the client may use the authorization code flow)",
                    Level.ERROR);
            default -> new SignInFailure(messages.refused(code), reason);
        };
    }
}
