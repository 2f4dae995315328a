package dev.notesmcp.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP forwarder on a free loopback port standing between the server and its database, so a test
 * can pull the plug: {@link #down()} cuts every open connection and closes each new one at once
 * (the client sees the database vanish mid-session, then fail to connect); {@link #up()} forwards
 * again. The listening port stays the same throughout.
 */
final class TcpProxy implements AutoCloseable {

    private static final int CONNECT_TIMEOUT_MILLIS = 2_000;

    private final String upstreamHost;
    private final int upstreamPort;
    private final ServerSocket listener;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean forwarding = true;
    private volatile boolean closed;

    private TcpProxy(String upstreamHost, int upstreamPort, ServerSocket listener) {
        this.upstreamHost = upstreamHost;
        this.upstreamPort = upstreamPort;
        this.listener = listener;
    }

    /** Listens on a free loopback port and forwards every connection to {@code host:port}. */
    static TcpProxy to(String host, int port) {
        try {
            ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            TcpProxy proxy = new TcpProxy(host, port, listener);
            Thread.ofPlatform().daemon().name("tcp-proxy-accept-" + listener.getLocalPort()).start(proxy::acceptLoop);
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return listener.getLocalPort();
    }

    /** "The database is down": every open connection is cut, new ones are closed as soon as accepted. */
    void down() {
        forwarding = false;
        open.forEach(TcpProxy::closeQuietly); // their pumps end and forget them
    }

    /** "The database is back": new connections are forwarded again. */
    void up() {
        forwarding = true;
    }

    @Override
    public void close() {
        closed = true;
        down();
        closeQuietly(listener);
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                continue;
            }
            if (!forwarding) {
                closeQuietly(client);
                continue;
            }
            Thread.ofPlatform().daemon().name("tcp-proxy-connect-" + client.getPort()).start(() -> forward(client));
        }
    }

    private void forward(Socket client) {
        Socket upstream = new Socket();
        open.add(client);
        open.add(upstream);
        try {
            upstream.connect(new InetSocketAddress(upstreamHost, upstreamPort), CONNECT_TIMEOUT_MILLIS);
        } catch (IOException e) {
            closeBoth(client, upstream);
            return;
        }
        if (!forwarding) { // went down while we were connecting
            closeBoth(client, upstream);
            return;
        }
        Thread.ofPlatform().daemon().name("tcp-proxy-up-" + client.getPort())
                .start(() -> pump(client, upstream));
        pump(upstream, client);
    }

    /** Copies bytes from one socket to the other until either side ends, then closes both. */
    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException ended) {
            // one side went away (or down() cut it): close both below
        } finally {
            closeBoth(from, to);
        }
    }

    private void closeBoth(Socket a, Socket b) {
        closeQuietly(a);
        closeQuietly(b);
        open.remove(a);
        open.remove(b);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable instanceof Socket socket) {
            try {
                socket.setSoLinger(true, 0); // reset rather than a polite FIN, as a crashed database host would
            } catch (SocketException alreadyClosed) {
                // nothing to reset
            }
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // already closed
        }
    }
}
