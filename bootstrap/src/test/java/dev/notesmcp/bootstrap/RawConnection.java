package dev.notesmcp.bootstrap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One raw HTTP/1.1 connection to the server, for what no HTTP client lets a test send: broken
 * framing, bodies that smuggle a second request, bodies that never end. Reading stops at the end of
 * the stream; the socket timeout is only the guard that turns "the server never closed" into a failure.
 */
final class RawConnection implements AutoCloseable {

    /** The guard: far above any honest answer time, so only a connection left open trips it. */
    static final int GUARD_MILLIS = 15_000;

    private final Socket socket;

    RawConnection(TestServer server) {
        try {
            this.socket = new Socket("127.0.0.1", java.net.URI.create(server.baseUrl()).getPort());
            socket.setSoTimeout(GUARD_MILLIS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes raw bytes; a server that has already closed may refuse them, which is fine. */
    RawConnection send(String text) {
        try {
            socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
        } catch (IOException closedByServer) {
            // A server that closed after answering may reset the connection: what it sent still counts.
        }
        return this;
    }

    /** Reads one complete response (by its Content-Length), leaving the connection open. */
    Response readResponse() {
        try {
            return readOne(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads until the server closes the connection and returns every response it sent. Fails (with
     * {@link SocketTimeoutException}) when the server keeps the connection open beyond the guard.
     */
    List<Response> readUntilClosed() throws IOException {
        List<Response> responses = new ArrayList<>();
        InputStream in = socket.getInputStream();
        while (true) {
            Response response;
            try {
                response = readOne(in);
            } catch (EndOfStream end) {
                return responses;
            } catch (java.net.SocketException reset) {
                // A reset after the last response is a close too.
                return responses;
            }
            responses.add(response);
        }
    }

    private static Response readOne(InputStream in) throws IOException {
        String head = readHead(in);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim(), (a, b) -> a + ", " + b);
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        byte[] body = in.readNBytes(length);
        if (body.length < length) {
            throw new IOException("response body cut short: " + head);
        }
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b = in.read();
            if (b == -1) {
                if (head.size() == 0) {
                    throw new EndOfStream();
                }
                throw new IOException("connection closed inside a response head: " + head);
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1).strip();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Response(int status, java.util.Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private static final class EndOfStream extends IOException {
    }
}
