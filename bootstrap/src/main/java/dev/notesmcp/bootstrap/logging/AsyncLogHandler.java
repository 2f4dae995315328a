package dev.notesmcp.bootstrap.logging;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
    private final OutputStream out;
    private final Thread writer;
    private final AtomicLong queued = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private volatile boolean closed;

    /** Writes UTF-8 to {@code out}, which it never closes (standard output). */
    public AsyncLogHandler(OutputStream out, int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.out = out;
        setFormatter(new LogLineFormatter());
        setLevel(Level.ALL);
        this.writer = Thread.ofPlatform().daemon().name("notes-mcp-log").start(this::drain);
    }

    @Override
    public void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        if (!closed && queue.offer(record)) {
            queued.incrementAndGet();
        } else {
            write(List.of(record));
        }
    }

    /**
     * Returns once every record queued before the call is written (what is still queued is written on
     * the caller's thread; a batch the writer already holds is waited for, at most {@link #DRAIN_ON_CLOSE}).
     */
    @Override
    public void flush() {
        long target = queued.get();
        List<LogRecord> pending = new ArrayList<>();
        queue.drainTo(pending);
        writeQueued(pending);
        long deadline = System.nanoTime() + DRAIN_ON_CLOSE.toNanos();
        while (written.get() < target && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            Thread.yield();
        }
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
                writeQueued(batch);
                batch.clear();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void writeQueued(List<LogRecord> records) {
        write(records);
        written.addAndGet(records.size());
    }

    /**
     * The batch goes out as one {@code write}: on standard output, where the audit's JSON lines are
     * written too, a {@code PrintStream} write is atomic, so no other line lands inside one of ours.
     */
    private synchronized void write(List<LogRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        try {
            StringBuilder lines = new StringBuilder(records.size() * 96);
            for (LogRecord record : records) {
                lines.append(getFormatter().format(record));
            }
            out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException | RuntimeException e) {
            reportError("log records not written", e, ErrorManager.WRITE_FAILURE);
        }
    }
}
