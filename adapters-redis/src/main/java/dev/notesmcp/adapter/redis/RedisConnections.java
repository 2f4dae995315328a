package dev.notesmcp.adapter.redis;

import dev.notesmcp.application.port.out.StoreUnavailableException;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;

import java.util.Set;
import java.util.function.Function;

/**
 * One Lettuce client and one shared, thread-safe connection (Lettuce multiplexes every caller over
 * it), plus the key prefix. The topology (one server, Sentinel, Cluster: {@link LettuceClient}) is
 * hidden behind {@link RedisClusterCommands}, what both kinds of connection offer; on a cluster a
 * command goes to the node owning its key's slot, so every command and script takes one key. If Redis cannot be reached when a
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
    private final LettuceClient client;
    private final Object connectLock = new Object();
    private volatile LettuceClient.Connection connection;

    private RedisConnections(RedisSettings settings) {
        this.settings = settings;
        this.client = LettuceClient.create(settings);
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
            return "PONG".equals(call(RedisClusterCommands::ping));
        } catch (StoreUnavailableException e) {
            return false;
        }
    }

    /** Runs {@code command}, turning every "Redis is not reachable now" failure into {@link StoreUnavailableException}. */
    public <T> T call(Function<RedisClusterCommands<String, String>, T> command) {
        RedisClusterCommands<String, String> commands = commands();
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

    private RedisClusterCommands<String, String> commands() {
        LettuceClient.Connection current = connection;
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
        return current.commands();
    }

    @Override
    public void close() {
        LettuceClient.Connection current = connection;
        if (current != null) {
            current.stateful().close();
        }
        client.shutdown();
    }
}
