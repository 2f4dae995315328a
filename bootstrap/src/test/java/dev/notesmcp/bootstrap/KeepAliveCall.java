package dev.notesmcp.bootstrap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 client on one keep-alive connection, over a raw socket so that every way a call can
 * end is seen exactly: refused at connect, closed or reset before a single byte of the answer,
 * an answer cut short, or a complete answer (its {@code Content-Length} read to the end).
 */
final class KeepAliveCall implements AutoCloseable {

    /** How one call ended. */
    sealed interface Outcome {
        /** A status line, headers and the whole body. */
        record Answered(int status, boolean connectionClose, String body) implements Outcome {
        }

        /** Connection refused, or closed / reset before any byte of an answer: the client may retry. */
        record NotAnswered(String how) implements Outcome {
        }

        /** Some of an answer arrived, then the connection ended: never acceptable. */
        record CutShort(String how) implements Outcome {
        }
    }

    private final int port;
    private Socket socket;

    KeepAliveCall(int port) {
        this.port = port;
    }

    /** POSTs {@code body} to {@code path}, on the open connection or a new one. */
    Outcome post(String path, String token, String body) {
        byte[] entity = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nAccept: application/json, text/event-stream\r\n"
                + "Content-Length: " + entity.length + "\r\n\r\n";
        try {
            if (socket == null) {
                socket = new Socket();
                socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
                socket.setSoTimeout(30_000);
            }
        } catch (ConnectException e) {
            closeQuietly();
            return new Outcome.NotAnswered("refused");
        } catch (IOException e) {
            closeQuietly();
            return new Outcome.NotAnswered("connect failed: " + e.getMessage());
        }
        try {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(entity);
            out.flush();
        } catch (IOException e) {
            closeQuietly();
            return new Outcome.NotAnswered("write failed: " + e.getMessage());
        }
        return readAnswer();
    }

    /** Reads one answer from the connection (also for a request written by hand). */
    Outcome readAnswer() {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try {
            InputStream in = socket.getInputStream();
            String statusLine = line(in, received);
            if (statusLine == null) {
                closeQuietly();
                return new Outcome.NotAnswered("closed before any byte");
            }
            int contentLength = -1;
            boolean close = false;
            for (String header = line(in, received); header != null && !header.isEmpty(); header = line(in, received)) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    contentLength = Integer.parseInt(lower.substring(15).strip());
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            if (contentLength < 0) {
                closeQuietly();
                return new Outcome.CutShort("no Content-Length after " + received.size() + " bytes: " + received);
            }
            byte[] entity = in.readNBytes(contentLength);
            if (entity.length < contentLength) {
                closeQuietly();
                return new Outcome.CutShort("body " + entity.length + " of " + contentLength + " bytes");
            }
            if (close) {
                closeQuietly();
            }
            return new Outcome.Answered(Integer.parseInt(statusLine.split(" ")[1]), close,
                    new String(entity, StandardCharsets.UTF_8));
        } catch (IOException e) {
            closeQuietly();
            return received.size() == 0
                    ? new Outcome.NotAnswered("reset before any byte: " + e.getMessage())
                    : new Outcome.CutShort("after " + received.size() + " bytes: " + e.getMessage());
        }
    }

    /** The open connection, for writing a request in parts. */
    Socket connect() throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(30_000);
        return socket;
    }

    /** One header line without CRLF, or null at the end of the stream before any byte of it. */
    private static String line(InputStream in, ByteArrayOutputStream received) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int b = in.read(); ; b = in.read()) {
            if (b == -1) {
                if (received.size() == 0) {
                    return null;
                }
                throw new IOException("stream ended inside the header");
            }
            received.write(b);
            if (b == '\n') {
                int end = text.length() > 0 && text.charAt(text.length() - 1) == '\r' ? text.length() - 1 : text.length();
                return text.substring(0, end);
            }
            text.append((char) b);
        }
    }

    private void closeQuietly() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already gone
            }
            socket = null;
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }
}
