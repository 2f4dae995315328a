package dev.notesmcp.adapter.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** That the Sentinel and Cluster runs really are what they claim, besides the contract suites. */
class RedisTopologyTest {

    @Test
    void sentinelLeadsToTheMasterWithItsReplica() {
        RedisConnections redis = RedisTopologies.sentinel();

        String replication = redis.call(commands -> commands.info("replication"));

        assertThat(redis.isAvailable()).isTrue();
        assertThat(replication).contains("role:master").contains("connected_slaves:1");
    }

    @Test
    void clusterStoresSpreadOverTheNodesEachByItsKeysSlot() {
        RedisConnections redis = RedisTopologies.cluster();
        RedisRevokedAccessTokens revoked = new RedisRevokedAccessTokens(redis, Clock.systemUTC());
        for (int i = 0; i < 30; i++) {
            revoked.revoke(UUID.randomUUID().toString(), Instant.now().plus(Duration.ofMinutes(5)));
        }

        String info = redis.call(commands -> commands.clusterInfo());
        assertThat(info).contains("cluster_state:ok", "cluster_known_nodes:3");
        int nodesWithKeys = 0;
        RedisClient client = RedisClient.create();
        try {
            for (RedisUrl.Endpoint node : redis.settings().url().endpoints()) {
                try (StatefulRedisConnection<String, String> connection = client.connect(
                        RedisURI.create(node.host(), node.port()))) {
                    if (!connection.sync().keys(redis.key("revoked:*")).isEmpty()) {
                        nodesWithKeys++;
                    }
                }
            }
        } finally {
            client.shutdown();
        }
        assertThat(nodesWithKeys).as("nodes holding some of 30 random keys").isEqualTo(3);
    }
}
