package dev.notesmcp.bootstrap;

import dev.notesmcp.adapter.redis.TestRedis;
import io.modelcontextprotocol.client.McpSyncClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import static dev.notesmcp.bootstrap.McpClients.call;
import static dev.notesmcp.bootstrap.McpClients.structured;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code EPHEMERAL_STORE=redis}, a Redis outage gives 503 + Retry-After on the flows that
 * need it (the bearer gate's revocation check, registration's rate limit), /health names Redis
 * as down, and the server recovers by itself when Redis returns. Redis is reached through a
 * {@link TcpProxy} so the test can take it away.
 */
@Timeout(60)
class RedisOutageEndToEndTest {

    private static TcpProxy redis;
    private static TestServer server;

    @BeforeAll
    static void start() {
        String redisUrl = TestRedis.serverUrl();
        URI upstream = URI.create(redisUrl);
        redis = TcpProxy.to(upstream.getHost(), upstream.getPort() < 0 ? 6379 : upstream.getPort());
        String path = upstream.getRawPath() == null ? "" : upstream.getRawPath();
        String userInfo = upstream.getRawUserInfo() == null ? "" : upstream.getRawUserInfo() + "@";
        server = TestServer.start(Map.of(
                "EPHEMERAL_STORE", "redis",
                "REDIS_URL", upstream.getScheme() + "://" + userInfo + "127.0.0.1:" + redis.port() + path,
                "REDIS_KEY_PREFIX", "notes-mcp-outage-" + UUID.randomUUID() + ":",
                // Ask Redis on every request, so the outage shows at once.
                "REVOCATION_CACHE", "0s"));
    }

    @AfterAll
    static void stop() {
        server.close();
        redis.close();
    }

    @Test
    void anOutageIs503AndTheServerRecoversByItself() {
        String token = server.tokens().forUser("dev:outage");
        McpSyncClient client = McpClients.connect(server, token);
        assertThat(call(client, "create_note", Map.of("title", "Before the outage")).isError()).isFalse();

        redis.down();

        HttpResponse<String> mcp = RawHttp.postMcp(server, token, RawHttp.TOOLS_LIST);
        assertThat(mcp.statusCode()).isEqualTo(503);
        assertThat(mcp.headers().firstValue("Retry-After")).isPresent();
        assertThat(mcp.body()).contains("temporarily_unavailable").doesNotContain("Exception").doesNotContain("lettuce");
        HttpResponse<String> health = RawHttp.get(server.baseUrl() + "/health");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"cache\":{").contains("\"status\":\"down\"");
        assertThat(RawHttp.post(server.baseUrl() + "/register",
                "{\"redirect_uris\":[\"http://127.0.0.1/cb\"],\"token_endpoint_auth_method\":\"none\"}",
                Map.of("Content-Type", "application/json")).statusCode()).isEqualTo(503);

        redis.up();

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int status;
        do {
            status = RawHttp.postMcp(server, token, RawHttp.TOOLS_LIST).statusCode();
            if (status == 200) {
                break;
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        } while (System.nanoTime() < deadline);
        assertThat(status).as("/mcp answers again once Redis is back").isEqualTo(200);
        assertThat(RawHttp.get(server.baseUrl() + "/health").statusCode()).isEqualTo(200);
        assertThat(structured(call(McpClients.connect(server, token), "list_notes", Map.of())))
                .extractingByKey("notes").asString().contains("Before the outage");
        client.closeGracefully();
    }
}
