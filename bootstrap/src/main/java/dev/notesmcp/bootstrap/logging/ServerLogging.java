package dev.notesmcp.bootstrap.logging;

import java.io.OutputStream;
import java.util.logging.Handler;
import java.util.logging.Logger;

/** For the server: the root logger's handlers (logging.properties') give way to one {@link AsyncLogHandler}. */
public final class ServerLogging {

    private ServerLogging() {
    }

    /** Every log line from now on goes to {@code out} through one {@link AsyncLogHandler}, same format. */
    public static AsyncLogHandler writeAsynchronouslyTo(OutputStream out) {
        Logger root = Logger.getLogger("");
        AsyncLogHandler handler = new AsyncLogHandler(out, AsyncLogHandler.DEFAULT_CAPACITY);
        root.addHandler(handler);
        for (Handler previous : root.getHandlers()) {
            if (previous != handler) {
                root.removeHandler(previous);
                previous.flush(); // not close(): a stream handler's close would close standard output

            }
        }
        return handler;
    }
}
