package dev.notesmcp.bootstrap.logging;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.ErrorManager;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * The server's log handler: {@link #publish} queues the record and returns; one daemon thread
 * formats what piled up and writes it with one flush. The console handler it replaces formatted,
 * wrote and flushed every line (the access log: one per request) on the request's thread, under
 * the handler's lock. No line is lost: when the queue is full, or after {@link #close}, the caller
 * writes its record itself (so lines may then appear out of order, never dropped).
 */
public final class AsyncLogHandler extends Handler {

    public static final int DEFAULT_CAPACITY = 8_192;
    static final int MAX_BATCH = 1_000;
    private static final Duration LINGER = Duration.ofMillis(20);
    private static final Duration DRAIN_ON_CLOSE = Duration.ofSeconds(1);

    private final BlockingQueue<LogRecord> queue;
    private final Writer out;
    private final Thread writer;
    private volatile boolean closed;

    /** Writes UTF-8 to {@code out}, which it never closes (standard output). */
    public AsyncLogHandler(OutputStream out, int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
        setFormatter(new LogLineFormatter());
        setLevel(Level.ALL);
        this.writer = Thread.ofPlatform().daemon().name("notes-mcp-log").start(this::drain);
    }

    @Override
    public void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        if (closed || !queue.offer(record)) {
            write(List.of(record));
        }
    }

    /** Writes what is queued now, on the caller's thread. */
    @Override
    public void flush() {
        List<LogRecord> pending = new ArrayList<>();
        queue.drainTo(pending);
        write(pending);
    }

    /** Stops the writer after it has written what is queued (for at most a second), then flushes the rest. */
    @Override
    public void close() {
        closed = true;
        try {
            writer.join(DRAIN_ON_CLOSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writer.interrupt();
        flush();
    }

    private void drain() {
        List<LogRecord> batch = new ArrayList<>(MAX_BATCH);
        while (!closed || !queue.isEmpty()) {
            try {
                LogRecord first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                // One wake-up and one write per burst, not per line (the audit writer does the same).
                if (!closed && queue.size() < MAX_BATCH) {
                    Thread.sleep(LINGER);
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                write(batch);
                batch.clear();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void write(List<LogRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        try {
            for (LogRecord record : records) {
                out.write(getFormatter().format(record));
            }
            out.flush();
        } catch (IOException | RuntimeException e) {
            reportError("log records not written", e, ErrorManager.WRITE_FAILURE);
        }
    }
}
