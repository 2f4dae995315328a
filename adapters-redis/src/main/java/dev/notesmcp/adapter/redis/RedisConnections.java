package dev.notesmcp.adapter.redis;

import dev.notesmcp.application.port.out.StoreUnavailableException;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;

import java.util.Set;
import java.util.function.Function;

/**
 * One {@link RedisClient} and one shared, thread-safe {@link StatefulRedisConnection} (Lettuce
 * multiplexes every caller over it), plus the key prefix. If Redis cannot be reached when a
 * command needs it, the command fails with {@link StoreUnavailableException} and the next command
 * tries to connect again; once connected, Lettuce reconnects by itself. While disconnected,
 * commands are rejected at once rather than queued, so callers get a quick 503.
 */
public final class RedisConnections implements AutoCloseable {

    static final String STORE = "redis";

    /** Server replies that mean "not now" rather than "wrong command". */
    private static final Set<String> TRANSIENT_ERRORS = Set.of("LOADING", "BUSY", "READONLY", "MASTERDOWN",
            "TRYAGAIN", "CLUSTERDOWN", "NOREPLICAS");

    private final RedisSettings settings;
    private final RedisClient client;
    private final Object connectLock = new Object();
    private volatile StatefulRedisConnection<String, String> connection;

    private RedisConnections(RedisSettings settings) {
        this.settings = settings;
        this.client = RedisClient.create(redisUri(settings));
        this.client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(settings.connectTimeout()).keepAlive(true).build())
                .timeoutOptions(TimeoutOptions.enabled(settings.commandTimeout()))
                .build());
    }

    /** Connects now; {@link StoreUnavailableException} if Redis cannot be reached. */
    public static RedisConnections connect(RedisSettings settings) {
        RedisConnections connections = new RedisConnections(settings);
        try {
            connections.commands();
        } catch (StoreUnavailableException e) {
            connections.close();
            throw e;
        }
        return connections;
    }

    /** Connects on first use, so the server can start while Redis is down and recover later. */
    public static RedisConnections lazy(RedisSettings settings) {
        return new RedisConnections(settings);
    }

    public RedisSettings settings() {
        return settings;
    }

    /** {@code prefix + suffix}. */
    public String key(String suffix) {
        return settings.keyPrefix() + suffix;
    }

    /** Whether Redis answers {@code PING} now (for {@code /health}); never throws. */
    public boolean isAvailable() {
        try {
            return "PONG".equals(call(RedisCommands::ping));
        } catch (StoreUnavailableException e) {
            return false;
        }
    }

    /** Runs {@code command}, turning every "Redis is not reachable now" failure into {@link StoreUnavailableException}. */
    public <T> T call(Function<RedisCommands<String, String>, T> command) {
        RedisCommands<String, String> commands = commands();
        try {
            return command.apply(commands);
        } catch (RedisException e) {
            throw translate(e);
        }
    }

    RuntimeException translate(RedisException e) {
        if (e instanceof RedisCommandExecutionException && !isTransient(e)) {
            return e; // a bug (wrong type, bad script), not an outage
        }
        return new StoreUnavailableException(STORE, e);
    }

    private static boolean isTransient(RedisException e) {
        String message = e.getMessage();
        if (message == null) {
            return false;
        }
        int space = message.indexOf(' ');
        return TRANSIENT_ERRORS.contains(space < 0 ? message : message.substring(0, space));
    }

    private RedisCommands<String, String> commands() {
        StatefulRedisConnection<String, String> current = connection;
        if (current == null) {
            synchronized (connectLock) {
                current = connection;
                if (current == null) {
                    try {
                        current = client.connect();
                    } catch (RedisException e) {
                        throw new StoreUnavailableException(STORE, e);
                    }
                    connection = current;
                }
            }
        }
        return current.sync();
    }

    @Override
    public void close() {
        StatefulRedisConnection<String, String> current = connection;
        if (current != null) {
            current.close();
        }
        client.shutdown();
    }

    private static RedisURI redisUri(RedisSettings settings) {
        RedisUrl url = settings.url();
        RedisURI.Builder builder = RedisURI.builder()
                .withHost(url.host())
                .withPort(url.port())
                .withDatabase(url.database())
                .withSsl(url.tls())
                .withTimeout(settings.commandTimeout());
        if (url.password().isPresent()) {
            if (url.username().isPresent()) {
                builder.withAuthentication(url.username().get(), url.password().get().toCharArray());
            } else {
                builder.withPassword(url.password().get().toCharArray());
            }
        }
        return builder.build();
    }
}
