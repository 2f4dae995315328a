package dev.notesmcp.bootstrap.logging;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast formatter writes exactly the line logging.properties' {@code SimpleFormatter.format} describes. */
class LogLineFormatterTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final Instant AT = Instant.parse("2026-12-02T03:53:57.266Z");

    private final LogLineFormatter formatter = new LogLineFormatter(ZONE);

    private static String configuredFormat() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LogLineFormatterTest.class.getResourceAsStream("/logging.properties")) {
            properties.load(in);
        }
        return properties.getProperty("java.util.logging.SimpleFormatter.format");
    }

    private static LogRecord record(Level level, String message, Throwable thrown) {
        LogRecord record = new LogRecord(level, message);
        record.setInstant(AT);
        record.setLoggerName("dev.notesmcp.access");
        record.setThrown(thrown);
        return record;
    }

    private static String simpleFormat(String format, LogRecord record) {
        String thrown = "";
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            PrintWriter out = new PrintWriter(trace);
            out.println();
            record.getThrown().printStackTrace(out);
            out.close();
            thrown = trace.toString();
        }
        return String.format(format, ZonedDateTime.ofInstant(AT, ZONE), "source", record.getLoggerName(),
                record.getLevel().getLocalizedName(), record.getMessage(), thrown);
    }

    @Test
    void anAccessLineIsTheConfiguredFormat() throws IOException {
        LogRecord record = record(Level.INFO, "POST /mcp 200 0.1ms 127.0.0.1", null);

        assertThat(formatter.format(record))
                .isEqualTo(simpleFormat(configuredFormat(), record))
                .isEqualTo("2026-12-02T04:53:57.266 INFO dev.notesmcp.access - POST /mcp 200 0.1ms 127.0.0.1"
                        + System.lineSeparator());
    }

    @Test
    void aRecordWithAThrowableEndsWithItsTraceAsTheConfiguredFormatDoes() throws IOException {
        LogRecord record = record(Level.WARNING, "store call failed", new IllegalStateException("down"));

        assertThat(formatter.format(record)).isEqualTo(simpleFormat(configuredFormat(), record))
                .contains("WARNING dev.notesmcp.access - store call failed" + System.lineSeparator()
                        + "java.lang.IllegalStateException: down");
    }

    @Test
    void parametersAreFilledInAsJavaUtilLoggingDoes() {
        LogRecord record = record(Level.INFO, "started in {0} ms", null);
        record.setParameters(new Object[]{"42"});

        assertThat(formatter.format(record)).contains(" - started in 42 ms");
    }
}
