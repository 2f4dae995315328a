package dev.notesmcp.bootstrap.admin;

import java.util.Objects;

/**
 * What an admin command did: the message goes to standard output when done (for people or, with
 * {@code --json}, scripts), to standard error otherwise; the exit code says which case it was.
 */
public record AdminOutcome(int exitCode, String message) {

    /** Done. */
    public static final int DONE = 0;
    /** The store failed (unreachable, timed out): nothing, or not everything, was done; safe to retry. */
    public static final int FAILED = 1;
    /** Bad arguments, or the configuration cannot serve the command (STORE=memory): nothing was done. */
    public static final int USAGE_ERROR = 2;
    /** The client, grant or user named has nothing in the store. */
    public static final int NOT_FOUND = 3;

    public AdminOutcome {
        Objects.requireNonNull(message, "message");
    }
}
