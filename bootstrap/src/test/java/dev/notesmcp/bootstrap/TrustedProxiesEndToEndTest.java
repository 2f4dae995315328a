package dev.notesmcp.bootstrap;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a trusted proxy each client has its own rate-limit budget; without {@code TRUSTED_PROXIES}
 * no header moves a client out of its peer's budget. The test itself plays the proxy: it connects
 * from 127.0.0.1 and sends the headers a proxy would add.
 */
class TrustedProxiesEndToEndTest {

    private static final String REGISTRATION =
            "{\"redirect_uris\":[\"http://127.0.0.1/cb\"],\"token_endpoint_auth_method\":\"none\"}";

    @Test
    void clientsBehindATrustedProxyHaveTheirOwnBudgets() {
        try (TestServer server = limitedServer(Map.of("TRUSTED_PROXIES", "127.0.0.1/32"))) {
            Map<String, String> alice = Map.of("X-Forwarded-For", "203.0.113.1");
            assertThat(register(server, alice)).isEqualTo(201);
            assertThat(register(server, alice)).isEqualTo(201);
            assertThat(register(server, alice)).isEqualTo(429);

            assertThat(register(server, Map.of("X-Forwarded-For", "203.0.113.2"))).isEqualTo(201);
            assertThat(register(server, Map.of("Forwarded", "for=\"[2001:db8::1]:4711\";proto=https"))).isEqualTo(201);
        }
    }

    @Test
    void entriesAClientWroteLeftOfWhatTheProxyAddedAreIgnored() {
        try (TestServer server = limitedServer(Map.of("TRUSTED_PROXIES", "127.0.0.1/32"))) {
            assertThat(register(server, Map.of("X-Forwarded-For", "203.0.113.1"))).isEqualTo(201);
            assertThat(register(server, Map.of("X-Forwarded-For", "198.51.100.1, 203.0.113.1"))).isEqualTo(201);

            // A fresh spoofed entry each time does not help: the proxy's own entry (rightmost) decides.
            assertThat(register(server, Map.of("X-Forwarded-For", "198.51.100.2, 203.0.113.1"))).isEqualTo(429);
            // While another client behind the same proxy, spoofing the same way, still has its own.
            assertThat(register(server, Map.of("X-Forwarded-For", "203.0.113.1, 203.0.113.2"))).isEqualTo(201);
        }
    }

    @Test
    void withoutTrustedProxiesASpoofedHeaderDoesNotEscapeTheLimit() {
        try (TestServer server = limitedServer(Map.of())) {
            assertThat(register(server, Map.of("X-Forwarded-For", "203.0.113.1"))).isEqualTo(201);
            assertThat(register(server, Map.of("X-Forwarded-For", "203.0.113.2"))).isEqualTo(201);

            assertThat(register(server, Map.of("X-Forwarded-For", "203.0.113.3"))).isEqualTo(429);
            assertThat(register(server, Map.of("Forwarded", "for=203.0.113.4"))).isEqualTo(429);
        }
    }

    @Test
    void aPeerOutsideTheTrustedProxiesIsNotBelieved() {
        try (TestServer server = limitedServer(Map.of("TRUSTED_PROXIES", "10.0.0.0/8, fd00::/8"))) {
            assertThat(register(server, Map.of("X-Forwarded-For", "203.0.113.1"))).isEqualTo(201);
            assertThat(register(server, Map.of("X-Forwarded-For", "203.0.113.2"))).isEqualTo(201);

            assertThat(register(server, Map.of("X-Forwarded-For", "203.0.113.3"))).isEqualTo(429);
        }
    }

    /** Two registrations a minute per client address. */
    private static TestServer limitedServer(Map<String, String> variables) {
        Map<String, String> all = new HashMap<>(variables);
        all.put("RATE_LIMITS", "register=2");
        return TestServer.start(all);
    }

    private static int register(TestServer server, Map<String, String> forwarding) {
        Map<String, String> headers = new HashMap<>(forwarding);
        headers.put("Content-Type", "application/json");
        return RawHttp.post(server.baseUrl() + "/register", REGISTRATION, headers).statusCode();
    }
}
