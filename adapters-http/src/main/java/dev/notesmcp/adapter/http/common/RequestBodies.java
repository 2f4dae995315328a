package dev.notesmcp.adapter.http.common;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.OptionalLong;

/**
 * A request body as bytes, read into an array of the declared length. Helidon's
 * {@code as(byte[].class)} goes through {@code InputStream.readAllBytes}, which allocates a 16 KiB
 * scratch buffer per call: for a 120-byte {@code tools/call} that was a third of all the bytes a
 * request allocated (JFR, bench/README.md). Bytes, not a String: Helidon's String conversion would
 * replace invalid UTF-8 instead of letting the reader refuse it.
 */
public final class RequestBodies {

    /** Larger declared bodies are read the ordinary way rather than allocated up front. */
    static final int MAX_EXACT = 64 * 1024;

    private RequestBodies() {
    }

    public static byte[] bytes(ServerRequest request) {
        if (!request.content().hasEntity()) {
            return new byte[0];
        }
        OptionalLong declared = request.headers().contentLength();
        // A Content-Encoding makes the declared length the compressed one: not the length we read.
        if (declared.isEmpty() || declared.getAsLong() > MAX_EXACT
                || request.headers().contains(HeaderNames.CONTENT_ENCODING)) {
            return request.content().as(byte[].class);
        }
        try (InputStream in = request.content().inputStream()) {
            byte[] body = in.readNBytes((int) declared.getAsLong());
            int next = in.read();
            return next == -1 ? body : withRest(body, next, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** More bytes than declared: only a decoding stream yields them; keep them all, as readAllBytes would. */
    private static byte[] withRest(byte[] head, int next, InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream(head.length * 2 + 1);
        all.write(head);
        all.write(next);
        in.transferTo(all);
        return all.toByteArray();
    }
}
