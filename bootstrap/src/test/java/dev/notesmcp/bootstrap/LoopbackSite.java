package dev.notesmcp.bootstrap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Another site on {@code http://127.0.0.1:<port>} (the server under test is {@code localhost}, so
 * for a browser this is a different origin and a different site): a native client's loopback
 * redirect URI that records what arrives, and any page a test wants to serve from elsewhere.
 */
final class LoopbackSite implements AutoCloseable {

    private final HttpServer http;
    private final BlockingQueue<URI> callbacks = new LinkedBlockingQueue<>();

    private LoopbackSite(HttpServer http) {
        this.http = http;
    }

    static LoopbackSite start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
            LoopbackSite site = new LoopbackSite(http);
            http.createContext("/callback", exchange -> {
                site.callbacks.add(exchange.getRequestURI());
                respond(exchange, "<!doctype html><title>client</title><p>Back at the client.");
            });
            http.start();
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String origin() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    /** The redirect URI of a native client listening here. */
    String redirectUri() {
        return origin() + "/callback";
    }

    /** Serves {@code html} at a new address of this site (no framing or script restrictions). */
    URI serve(String html) {
        String path = "/page-" + UUID.randomUUID();
        http.createContext(path, exchange -> respond(exchange, html));
        return URI.create(origin() + path);
    }

    /** The next request the redirect URI received (path and query as sent). */
    URI nextCallback() {
        try {
            URI next = callbacks.poll(90, TimeUnit.SECONDS);
            if (next == null) {
                throw new AssertionError("the client's redirect URI received nothing");
            }
            return next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What the redirect URI received and nobody has looked at yet, forgetting it. */
    List<URI> drainCallbacks() {
        List<URI> received = new ArrayList<>();
        callbacks.drainTo(received);
        return received;
    }

    private static void respond(HttpExchange exchange, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
