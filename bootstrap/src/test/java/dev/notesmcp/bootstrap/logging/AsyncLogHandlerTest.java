package dev.notesmcp.bootstrap.logging;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.assertj.core.api.Assertions.assertThat;

class AsyncLogHandlerTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private static LogRecord record(Level level, String message) {
        LogRecord record = new LogRecord(level, message);
        record.setInstant(Instant.parse("2026-12-02T03:53:57Z"));
        record.setLoggerName("dev.notesmcp.access");
        return record;
    }

    private String written() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyQueuedLineIsWrittenInOrderByTheTimeItCloses() {
        AsyncLogHandler handler = new AsyncLogHandler(out, 64);
        for (int i = 1; i <= 50; i++) {
            handler.publish(record(Level.INFO, "line " + i));
        }

        handler.close();

        assertThat(written().lines()).hasSize(50).allMatch(line -> line.contains(" INFO dev.notesmcp.access - line "));
        assertThat(written().lines().map(line -> line.substring(line.lastIndexOf(' ') + 1)))
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 50).mapToObj(String::valueOf).toList());
    }

    @Test
    void aFullQueueMakesTheCallerWriteItsOwnLineRatherThanLoseIt() {
        AsyncLogHandler handler = new AsyncLogHandler(out, 1);
        for (int i = 1; i <= 200; i++) {
            handler.publish(record(Level.INFO, "line " + i));
        }

        handler.close();

        assertThat(written().lines()).hasSize(200).doesNotHaveDuplicates();
    }

    @Test
    void everyWriteCarriesWholeLinesSoAnotherWriterOfTheStreamCannotSplitOne() {
        List<String> writes = new CopyOnWriteArrayList<>();
        OutputStream recording = new OutputStream() {
            @Override
            public void write(int b) {
                writes.add(String.valueOf((char) b));
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                writes.add(new String(bytes, offset, length, StandardCharsets.UTF_8));
            }
        };
        AsyncLogHandler handler = new AsyncLogHandler(recording, 64);
        for (int i = 1; i <= 40; i++) {
            handler.publish(record(Level.INFO, "line " + i + " " + "x".repeat(300)));
        }

        handler.close();

        assertThat(writes).isNotEmpty().allMatch(write -> write.endsWith(System.lineSeparator())
                && write.lines().allMatch(line -> line.contains(" INFO dev.notesmcp.access - line ")));
        assertThat(String.join("", writes).lines()).hasSize(40);
    }

    @Test
    void flushWritesWhatIsQueuedOnTheCallersThread() {
        AsyncLogHandler handler = new AsyncLogHandler(out, 16);
        handler.publish(record(Level.WARNING, "soon"));

        handler.flush();

        assertThat(written()).contains("WARNING dev.notesmcp.access - soon");
        handler.close();
    }

    @Test
    void afterCloseARecordIsWrittenAtOnceNotLost() {
        AsyncLogHandler handler = new AsyncLogHandler(out, 16);
        handler.close();

        handler.publish(record(Level.INFO, "late"));

        assertThat(written()).contains(" - late");
    }

    @Test
    void recordsBelowTheHandlersLevelAreLeftOut() {
        AsyncLogHandler handler = new AsyncLogHandler(out, 16);
        handler.setLevel(Level.INFO);
        handler.publish(record(Level.FINE, "detail"));
        handler.publish(record(Level.INFO, "kept"));

        handler.close();

        assertThat(written()).doesNotContain("detail").contains("kept");
    }
}
