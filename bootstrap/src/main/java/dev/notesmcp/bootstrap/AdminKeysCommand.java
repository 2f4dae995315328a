package dev.notesmcp.bootstrap;

import dev.notesmcp.application.port.out.StoreUnavailableException;
import dev.notesmcp.bootstrap.config.Settings;
import dev.notesmcp.bootstrap.store.Stores;
import dev.notesmcp.domain.token.SigningKey;

import java.time.Clock;
import java.util.List;

/**
 * {@code admin keys rotate}: a new ES256 signing key in the configured durable store, with the
 * server's own settings. Running servers publish it within the key cache's bound and sign with it
 * from its activation on; tokens of the previous key keep working until they expire. Never prompts.
 */
final class AdminKeysCommand {

    static final String NAME = "admin";
    static final String USAGE = "usage: java -jar notes-mcp.jar admin keys rotate";
    static final int DONE = 0;
    static final int FAILED = 1;
    static final int USAGE_ERROR = 2;

    private AdminKeysCommand() {
    }

    /** What happened, for standard output (done) or standard error (refused, failed), and the exit code. */
    record Outcome(int exitCode, String message) {
    }

    static Outcome run(Settings settings, List<String> arguments, Clock clock) {
        if (!arguments.equals(List.of("keys", "rotate"))) {
            return new Outcome(USAGE_ERROR, USAGE);
        }
        if (!settings.tokenSigning().es256()) {
            return new Outcome(USAGE_ERROR, "admin keys rotate: JWT_ALGORITHM is HS256, which has no key pairs;"
                    + " set JWT_ALGORITHM=ES256 (the shared secret is changed by changing JWT_SIGNING_SECRET)");
        }
        if (!settings.stores().durable().sharedByInstances()) {
            return new Outcome(USAGE_ERROR, "admin keys rotate: STORE=memory lives inside each server;"
                    + " a key made here would die with this command (use STORE=postgres)");
        }
        try (Stores stores = Stores.open(settings.stores(), settings.idleClients(), clock)) {
            SigningKey key = TokenSigning.rotation(settings, ApplicationModule.jwtSettings(settings),
                    stores.durable().signingKeys(), clock).rotate();
            return new Outcome(DONE, "new signing key " + key.keyId() + ": published now, signs from "
                    + key.activeFrom() + "; the previous key is accepted until its tokens have expired");
        } catch (StoreUnavailableException e) {
            return new Outcome(FAILED, "admin keys rotate: the store is unavailable (" + e.getMessage() + ")");
        }
    }
}
