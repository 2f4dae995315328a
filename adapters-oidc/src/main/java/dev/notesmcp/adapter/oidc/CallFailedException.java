package dev.notesmcp.adapter.oidc;

import java.io.IOException;
import java.util.Optional;

/**
 * A call to the identity provider that gave no usable answer. Its message names what happened and
 * where (a URL we were configured with or discovered), never a request's contents.
 */
final class CallFailedException extends IOException {

    /** What went wrong, which decides the words the user reads. */
    enum Kind {
        UNREACHABLE, TIMED_OUT, TOO_LARGE, MALFORMED
    }

    private final Kind kind;

    CallFailedException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }

    /** The {@link Kind} of {@code failure} or of a cause of it (Nimbus wraps what a retriever throws). */
    static Optional<Kind> kindOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CallFailedException call) {
                return Optional.of(call.kind());
            }
        }
        return Optional.empty();
    }
}
