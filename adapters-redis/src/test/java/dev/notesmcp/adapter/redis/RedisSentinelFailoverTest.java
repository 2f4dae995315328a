package dev.notesmcp.adapter.redis;

import dev.notesmcp.application.port.out.StoreUnavailableException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The master dies, on a Sentinel set of its own: the sentinel calls it down after 1 s and promotes
 * the replica, Lettuce reconnects through the sentinel to the new master, and the stores carry on
 * there with what was replicated; in between, calls are {@link StoreUnavailableException} (503).
 */
class RedisSentinelFailoverTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void whenTheMasterDiesTheStoresCarryOnOnThePromotedReplica() {
        RedisUrl url = RedisUrl.parse(RedisTopologies.startSentinel(Duration.ofSeconds(1)));
        try (RedisConnections redis = RedisConnections.connect(
                RedisSettings.of(url.toString()).withKeyPrefix(TestRedis.freshPrefix()))) {
            RedisRevokedAccessTokens revoked = new RedisRevokedAccessTokens(redis, Clock.systemUTC());
            Instant expiry = Instant.now().plus(Duration.ofMinutes(5));
            revoked.revoke("before-failover", expiry);
            long replicas = redis.call(commands -> commands.waitForReplication(1, 5_000));
            assertThat(replicas).isEqualTo(1L);
            String oldMaster = tcpPort(redis);

            RedisTopologies.kill(Integer.parseInt(oldMaster.substring("tcp_port:".length()).trim()));

            awaitTrue("a revocation on the new master", () -> {
                try {
                    revoked.revoke("after-failover", expiry);
                    return !tcpPort(redis).equals(oldMaster);
                } catch (StoreUnavailableException e) {
                    return false; // the 503 a caller sees meanwhile
                }
            });
            String replication = redis.call(commands -> commands.info("replication"));
            assertThat(replication).contains("role:master");
            assertThat(revoked.isRevoked("before-failover")).isTrue();
            assertThat(revoked.isRevoked("after-failover")).isTrue();
        }
    }

    private static String tcpPort(RedisConnections redis) {
        String info = redis.call(commands -> commands.info("server"));
        return info.lines().filter(line -> line.startsWith("tcp_port:")).findFirst().orElseThrow();
    }

    private static void awaitTrue(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no " + what + " within " + PATIENCE);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
