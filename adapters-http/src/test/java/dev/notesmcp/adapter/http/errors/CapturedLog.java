package dev.notesmcp.adapter.http.errors;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** What a System.Logger wrote, captured from its java.util.logging backend. */
final class CapturedLog extends Handler implements AutoCloseable {

    private final Logger logger;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private CapturedLog(Logger logger) {
        this.logger = logger;
    }

    static CapturedLog of(String loggerName) {
        Logger logger = Logger.getLogger(loggerName);
        CapturedLog captured = new CapturedLog(logger);
        logger.setLevel(Level.ALL);
        logger.addHandler(captured);
        return captured;
    }

    List<LogRecord> records() {
        return List.copyOf(records);
    }

    List<String> messages() {
        return records.stream().map(LogRecord::getMessage).toList();
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(null);
    }
}
