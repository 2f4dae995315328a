package dev.notesmcp.adapter.http.framing;

import dev.notesmcp.adapter.http.errors.MalformedBodyException;
import io.helidon.common.buffers.DataReader.InsufficientDataAvailableException;
import io.helidon.http.RequestException;
import io.helidon.webserver.CloseConnectionException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The request body as every handler reads it (installed with {@code ServerRequest.streamFilter}):
 * each read is bounded by the {@link StallGuard}, and the ways a read can fail become what they
 * mean for the connection. A body that stalls or a client that vanished closes the connection
 * quietly; a body that breaks its own framing (a chunk size that is not hex) is the client's 400.
 */
final class GuardedBody extends InputStream {

    private final InputStream body;
    private final StallGuard guard;
    private boolean ended;

    GuardedBody(InputStream body, StallGuard guard) {
        this.body = body;
        this.guard = guard;
    }

    /** Whether the body was read to its end. */
    boolean ended() {
        return ended;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        StallGuard.Alarm alarm = guard.arm();
        int n;
        try {
            n = body.read(buffer, offset, length);
        } catch (IOException | RuntimeException e) {
            throw failure(e, alarm.disarm());
        }
        alarm.disarm();
        if (n == -1) {
            ended = true;
        }
        return n;
    }

    @Override
    public int available() throws IOException {
        return body.available();
    }

    /** Closing Helidon's body stream reads on to the next chunk: guarded like a read. */
    @Override
    public void close() {
        StallGuard.Alarm alarm = guard.arm();
        try {
            body.close();
        } catch (IOException | RuntimeException e) {
            throw failure(e, alarm.disarm());
        }
        alarm.disarm();
    }

    private static RuntimeException failure(Exception e, boolean timedOut) {
        if (timedOut) {
            return new CloseConnectionException("request body stalled beyond the read timeout", e);
        }
        if (e instanceof RequestException || e instanceof CloseConnectionException) {
            // Helidon's own verdict (a bad chunk line, a body over the limit), or a socket gone.
            return (RuntimeException) e;
        }
        if (e instanceof IOException || e instanceof UncheckedIOException || e instanceof InsufficientDataAvailableException) {
            return new CloseConnectionException("the client connection ended inside the request body", e);
        }
        // What is left are parse failures of the framing: Helidon 4.3 reads chunk sizes with
        // Integer.parseUnsignedInt and lets its NumberFormatException escape.
        return new MalformedBodyException("the chunked request body is malformed (RFC 9112 §7.1: chunk-size is hexadecimal)", e);
    }
}
