package dev.notesmcp.bootstrap;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Handler;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLoggingTest {

    @Test
    void logLinesGoToStandardErrorAndNeverToStandardOutput() {
        Logger root = Logger.getLogger("");
        Handler[] before = root.getHandlers();
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
        ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
            CommandLogging.toStandardError();
            System.getLogger("notes-mcp.test").log(System.Logger.Level.WARNING, "a line for people");
            for (Handler handler : root.getHandlers()) {
                handler.flush();
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
            for (Handler handler : root.getHandlers()) {
                root.removeHandler(handler);
            }
            for (Handler handler : before) {
                root.addHandler(handler);
            }
        }
        assertThat(capturedErr.toString(StandardCharsets.UTF_8)).contains("a line for people");
        assertThat(capturedOut.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
