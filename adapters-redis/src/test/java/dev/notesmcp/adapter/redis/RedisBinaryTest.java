package dev.notesmcp.adapter.redis;

import dev.notesmcp.domain.oauth.RateLimit;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The artifact's binary, which a machine with only a JDK gets (every run checks it, whichever
 * server the other tests took), and the version comparison that picks it.
 */
class RedisBinaryTest {

    @Test
    void theArtifactShipsARedisThatRunsTheStoresCommands() {
        RedisBinary binary = RedisBinary.fromArtifact();
        assertThat(binary.atLeast(6, 2)).as(binary.origin()).isTrue();
        assertThat(binary.origin()).startsWith("redis-server " + binary.version() + " from " + RedisBinary.ARTIFACT + ":");

        try (RedisServerProcess server = RedisServerProcess.start(binary.executable(), List.of());
             RedisConnections redis = RedisConnections.connect(RedisSettings.of(server.url()))) {
            RedisRateLimiter limiter = new RedisRateLimiter(redis);
            RateLimit limit = new RateLimit(1, Duration.ofMinutes(1));
            assertThat(limiter.tryAcquire("k", limit, Instant.now())).isEmpty();
            assertThat(limiter.tryAcquire("k", limit, Instant.now())).isPresent();

            redis.call(commands -> commands.set("taken", "once"));
            assertThat(redis.<String>call(commands -> commands.getdel("taken"))).isEqualTo("once");
            assertThat(redis.<String>call(commands -> commands.getdel("taken"))).isNull();
        }
    }

    @Test
    void comparesVersionsByMajorThenMinor() {
        assertThat(at("6.2.11").atLeast(6, 2)).isTrue();
        assertThat(at("6.1.9").atLeast(6, 2)).isFalse();
        assertThat(at("5.0.14").atLeast(6, 2)).isFalse();
        assertThat(at("7.0.15").atLeast(6, 2)).isTrue();
        assertThat(at("10.0.0").atLeast(6, 2)).isTrue();
        assertThat(at("6.2.11").atLeast(7, 0)).isFalse();
    }

    private static RedisBinary at(String version) {
        return new RedisBinary(Path.of("/nowhere/redis-server"), version, "test");
    }
}
