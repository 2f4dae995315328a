package dev.notesmcp.adapter.redis;

import dev.notesmcp.application.port.out.StoreUnavailableException;
import dev.notesmcp.domain.oauth.OpaqueToken;
import dev.notesmcp.domain.oauth.RateLimit;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Redis unreachable: every store says so with {@link StoreUnavailableException}, and recovers once it is back. */
class RedisOutageTest {

    private static RedisSettings closedPort() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        return RedisSettings.of("redis://:hunter2@127.0.0.1:" + port + "/0").withKeyPrefix(TestRedis.freshPrefix());
    }

    @Test
    void connectingToAClosedPortIsStoreUnavailable() throws IOException {
        RedisSettings settings = closedPort();

        assertThatThrownBy(() -> RedisConnections.connect(settings))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessage("redis is unavailable")
                .satisfies(e -> assertThat(String.valueOf(e.getCause())).doesNotContain("hunter2"));
    }

    @Test
    void everyStoreOnALazyConnectionToAClosedPortIsStoreUnavailable() throws IOException {
        try (RedisConnections redis = RedisConnections.lazy(closedPort())) {
            assertThat(redis.isAvailable()).isFalse();
            assertThatThrownBy(() -> new RedisAuthorizationCodeStore(redis).redeem(OpaqueToken.random().hash(), Instant.now()))
                    .isInstanceOf(StoreUnavailableException.class);
            assertThatThrownBy(() -> new RedisPendingAuthorizationStore(redis, Clock.systemUTC()).takeForConsent("x"))
                    .isInstanceOf(StoreUnavailableException.class);
            assertThatThrownBy(() -> new RedisRevokedAccessTokens(redis, Clock.systemUTC()).isRevoked("jti"))
                    .isInstanceOf(StoreUnavailableException.class);
            assertThatThrownBy(() -> new RedisRateLimiter(redis).tryAcquire("k", RateLimit.perMinute(1), Instant.now()))
                    .isInstanceOf(StoreUnavailableException.class);
        }
    }

    @Test
    void aLazyConnectionToALiveServerWorks() {
        try (RedisConnections redis = RedisConnections.lazy(TestRedis.settings())) {
            assertThat(redis.isAvailable()).isTrue();
            assertThat(new RedisRevokedAccessTokens(redis, Clock.systemUTC()).isRevoked("nobody")).isFalse();
        }
    }
}
