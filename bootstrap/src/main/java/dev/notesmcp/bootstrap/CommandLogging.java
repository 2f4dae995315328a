package dev.notesmcp.bootstrap;

import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * For the admin commands: every log line (the pool's, Flyway's, our own refusals) goes to standard
 * error, so standard output holds the result alone and {@code --json | jq} works. The server's
 * handler (Helidon's) writes to standard output.
 */
final class CommandLogging {

    private CommandLogging() {
    }

    /** Replaces the root logger's handlers by one on standard error, same format (logging.properties). */
    static void toStandardError() {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        ConsoleHandler standardError = new ConsoleHandler();
        standardError.setFormatter(new SimpleFormatter());
        standardError.setLevel(Level.ALL);
        root.addHandler(standardError);
    }
}
