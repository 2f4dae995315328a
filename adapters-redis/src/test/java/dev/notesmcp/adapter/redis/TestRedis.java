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
 * The Redis the tests run against: {@code TEST_REDIS_URL} (CI sets it, e.g.
 * {@code redis://127.0.0.1:6379/0}), else a throwaway Redis from Testcontainers when Docker is
 * available, else a failure naming {@code TEST_REDIS_URL}: these tests never skip. Each test JVM uses its own random key prefix ({@code notes-mcp-test:<hex>:}) and
 * deletes its keys (SCAN + DEL on the prefix) when it exits.
 */
public final class TestRedis {

    public static final String URL_VARIABLE = "TEST_REDIS_URL";
    private static final SecureRandom RANDOM = new SecureRandom();

    private static RedisConnections instance;

    private TestRedis() {
    }

    /** The shared connection, under this run's key prefix. */
    public static synchronized RedisConnections connections() {
        if (instance == null) {
            instance = RedisConnections.connect(settings());
            RedisConnections connections = instance;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                deleteKeys(connections);
                connections.close();
            }, "delete-test-redis-keys"));
        }
        return instance;
    }

    /** Settings for this run: the test server, a fresh random key prefix. */
    public static RedisSettings settings() {
        return RedisSettings.of(locateServer()).withKeyPrefix(freshPrefix());
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
            return url;
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse("redis:7-alpine"))
                    .withExposedPorts(6379);
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "stop-test-redis"));
            return "redis://" + container.getHost() + ":" + container.getMappedPort(6379) + "/0";
        }
        throw new IllegalStateException("The Redis tests need a Redis server: set " + URL_VARIABLE
                + " (e.g. " + URL_VARIABLE + "=redis://127.0.0.1:6379/0) or make Docker available for"
                + " Testcontainers. They do not skip.");
    }
}
