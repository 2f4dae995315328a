package dev.notesmcp.adapter.http.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HttpSettingsTest {

    private static final HttpSettings LOOPBACK = HttpSettings.of(URI.create("http://localhost:10000"), List.of());
    private static final HttpSettings PUBLIC = HttpSettings.of(URI.create("https://notes.example.com/base"),
            List.of("https://app.example.com"));

    @Test
    void theResourceIsTheMcpEndpointUnderThePublicUrl() {
        assertThat(PUBLIC.resourceUrl()).isEqualTo(URI.create("https://notes.example.com/base/mcp"));
    }

    @Test
    void theMetadataUrlPutsTheWellKnownSuffixBetweenHostAndPath() {
        assertThat(PUBLIC.resourceMetadataUrl())
                .isEqualTo(URI.create("https://notes.example.com/.well-known/oauth-protected-resource/base/mcp"));
        assertThat(LOOPBACK.resourceMetadataUrl())
                .isEqualTo(URI.create("http://localhost:10000/.well-known/oauth-protected-resource/mcp"));
    }

    @Test
    void allowsItsOwnOriginAndConfiguredOnes() {
        assertThat(PUBLIC.allowsOrigin("https://notes.example.com")).isTrue();
        assertThat(PUBLIC.allowsOrigin("https://app.example.com")).isTrue();
        assertThat(PUBLIC.allowsOrigin("https://evil.example")).isFalse();
        assertThat(PUBLIC.allowsOrigin("http://localhost:6274")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:6274", "http://127.0.0.1:3000", "http://[::1]:8080", "https://localhost"})
    void aLoopbackServerAllowsLocalToolsOnAnyPort(String origin) {
        assertThat(LOOPBACK.allowsOrigin(origin)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.attacker.example", "http://127.0.0.1.nip.io:3000", "http://localhost.evil.example",
            "http://127.0.0.256", "null", "file://", "http://evil.example"})
    void namesThatOnlyLookLocalAreRefused(String origin) {
        assertThat(LOOPBACK.allowsOrigin(origin)).isFalse();
    }
}
