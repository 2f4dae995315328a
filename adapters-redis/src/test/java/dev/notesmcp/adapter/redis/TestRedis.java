package dev.notesmcp.adapter.redis;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The Redis the tests run against, the first of: {@code TEST_REDIS_URL} (CI sets it, e.g.
 * {@code redis://127.0.0.1:6379/0}); a throwaway Redis from Testcontainers when Docker is
 * available; an embedded {@code redis-server} ({@link EmbeddedRedis}: the machine's 6.2+ on
 * {@code PATH}, else the one in {@code com.github.codemonstur:embedded-redis}) on a loopback port. Never a
 * skip. Each test JVM uses its own random key prefix ({@code notes-mcp-test:<hex>:}) and deletes its
 * keys (SCAN + DEL on the prefix) when it exits.
 */
public final class TestRedis {

    public static final String URL_VARIABLE = "TEST_REDIS_URL";
    private static final SecureRandom RANDOM = new SecureRandom();

    private static RedisConnections instance;
    private static String serverUrl;
    private static volatile boolean embedded;

    private TestRedis() {
    }

    /** The shared connection, under this run's key prefix. */
    public static synchronized RedisConnections connections() {
        if (instance == null) {
            instance = RedisConnections.connect(settings());
            RedisConnections connections = instance;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (!embedded) { // an embedded server's keys go with it
                    deleteKeys(connections);
                }
                connections.close();
            }, "delete-test-redis-keys"));
        }
        return instance;
    }

    /** Settings for this run: the test server, a fresh random key prefix. */
    public static RedisSettings settings() {
        return RedisSettings.of(serverUrl()).withKeyPrefix(freshPrefix());
    }

    /**
     * The {@code redis://} URL of this JVM's test server, found once (see the class comment); for
     * tests that start a whole server on it, with a key prefix of their own.
     */
    public static synchronized String serverUrl() {
        if (serverUrl == null) {
            serverUrl = locateServer();
        }
        return serverUrl;
    }

    public static String freshPrefix() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "notes-mcp-test:" + HexFormat.of().formatHex(bytes) + ":";
    }

    /** Deletes every key under the connection's prefix. */
    public static void deleteKeys(RedisConnections connections) {
        try {
            connections.call(commands -> {
                ScanArgs match = ScanArgs.Builder.matches(connections.settings().keyPrefix() + "*").limit(500);
                ScanCursor cursor = ScanCursor.INITIAL;
                do {
                    KeyScanCursor<String> page = commands.scan(cursor, match);
                    if (!page.getKeys().isEmpty()) {
                        commands.del(page.getKeys().toArray(String[]::new));
                    }
                    cursor = page;
                } while (!cursor.isFinished());
                return null;
            });
        } catch (RuntimeException e) {
            System.err.println("could not delete test keys under " + connections.settings().keyPrefix() + ": " + e);
        }
    }

    private static String locateServer() {
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            announce("from " + URL_VARIABLE);
            return url;
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            announce("Testcontainers (redis:7-alpine)");
            GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse("redis:7-alpine"))
                    .withExposedPorts(6379);
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "stop-test-redis"));
            return "redis://" + container.getHost() + ":" + container.getMappedPort(6379) + "/0";
        }
        EmbeddedRedis redis = EmbeddedRedis.start();
        embedded = true;
        Runtime.getRuntime().addShutdownHook(new Thread(redis.server()::close, "stop-embedded-redis"));
        announce("embedded, " + redis.origin() + ", on 127.0.0.1:" + redis.server().port()
                + " (" + URL_VARIABLE + " unset, no Docker)");
        return redis.server().url();
    }

    /** One line per test JVM saying which Redis it took (the CI step greps for it). */
    private static void announce(String path) {
        System.out.println("[test-stores] Redis: " + path);
    }
}
