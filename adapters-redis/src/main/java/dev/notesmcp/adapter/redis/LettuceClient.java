package dev.notesmcp.adapter.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.lettuce.core.cluster.models.partitions.RedisClusterNode;

import java.time.Duration;
import java.util.List;

/**
 * The Lettuce client for the URL's topology: a {@link RedisClient} for one server or a Sentinel
 * master (Lettuce asks the sentinels where the master is, and asks again after a failover), a
 * {@link RedisClusterClient} for cluster seeds (routes each command by its key's slot, follows
 * {@code MOVED}/{@code ASK}, refreshes the topology). Both hand out {@link RedisClusterCommands},
 * the commands common to both, so the stores never see which one it is.
 */
sealed interface LettuceClient permits LettuceClient.Single, LettuceClient.Cluster {

    /** A thread-safe connection and its synchronous commands. */
    record Connection(StatefulConnection<String, String> stateful, RedisClusterCommands<String, String> commands) {
    }

    /** Opens a connection; a {@code RedisException} if Redis cannot be reached. */
    Connection connect();

    void shutdown();

    static LettuceClient create(RedisSettings settings) {
        SocketOptions socket = SocketOptions.builder().connectTimeout(settings.connectTimeout()).keepAlive(true).build();
        TimeoutOptions timeouts = TimeoutOptions.enabled(settings.commandTimeout());
        if (settings.url().topology() == RedisUrl.Topology.CLUSTER) {
            RedisClusterClient client = RedisClusterClient.create(uris(settings));
            client.setOptions(ClusterClientOptions.builder()
                    .autoReconnect(true)
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                    .socketOptions(socket)
                    .timeoutOptions(timeouts)
                    // a failover or resharding shows up as MOVED or a lost node: learn the new map then,
                    // and now and then anyway
                    .topologyRefreshOptions(ClusterTopologyRefreshOptions.builder()
                            .enableAllAdaptiveRefreshTriggers()
                            .enablePeriodicRefresh(Duration.ofSeconds(30))
                            .build())
                    .build());
            return new Cluster(client);
        }
        RedisClient client = RedisClient.create(uris(settings).getFirst());
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(socket)
                .timeoutOptions(timeouts)
                .build());
        return new Single(client);
    }

    /** Lettuce's URIs: the server or the Sentinel master (one), or every cluster seed. */
    static List<RedisURI> uris(RedisSettings settings) {
        RedisUrl url = settings.url();
        return switch (url.topology()) {
            case STANDALONE -> List.of(uri(settings, RedisURI.builder().withHost(url.host()).withPort(url.port())
                    .withDatabase(url.database())));
            case SENTINEL -> {
                RedisUrl.Endpoint first = url.endpoints().getFirst();
                RedisURI.Builder builder = RedisURI.Builder.sentinel(first.host(), first.port(), url.masterId().orElseThrow());
                url.endpoints().stream().skip(1).forEach(sentinel -> builder.withSentinel(sentinel.host(), sentinel.port()));
                yield List.of(uri(settings, builder.withDatabase(url.database())));
            }
            case CLUSTER -> url.endpoints().stream()
                    .map(seed -> uri(settings, RedisURI.builder().withHost(seed.host()).withPort(seed.port())))
                    .toList();
        };
    }

    private static RedisURI uri(RedisSettings settings, RedisURI.Builder builder) {
        RedisUrl url = settings.url();
        builder.withSsl(url.tls()).withTimeout(settings.commandTimeout());
        if (url.password().isPresent()) {
            if (url.username().isPresent()) {
                builder.withAuthentication(url.username().get(), url.password().get().toCharArray());
            } else {
                builder.withPassword(url.password().get().toCharArray());
            }
        }
        return builder.build();
    }

    record Single(RedisClient client) implements LettuceClient {

        @Override
        public Connection connect() {
            StatefulRedisConnection<String, String> connection = client.connect();
            return new Connection(connection, connection.sync());
        }

        @Override
        public void shutdown() {
            client.shutdown();
        }
    }

    record Cluster(RedisClusterClient client) implements LettuceClient {
        @Override
        public Connection connect() {
            StatefulRedisClusterConnection<String, String> connection = client.connect();
            // Lettuce opens a node's connection on its first command, and with REJECT_COMMANDS rejects
            // commands that wait for one (lettuce#3747): open them now, so no first call is refused
            try {
                for (RedisClusterNode node : connection.getPartitions()) {
                    if (node.is(RedisClusterNode.NodeFlag.UPSTREAM)) {
                        connection.getConnection(node.getUri().getHost(), node.getUri().getPort());
                    }
                }
            } catch (RuntimeException e) {
                connection.close();
                throw e;
            }
            return new Connection(connection, connection.sync());
        }

        @Override
        public void shutdown() {
            client.shutdown();
        }
    }
}
