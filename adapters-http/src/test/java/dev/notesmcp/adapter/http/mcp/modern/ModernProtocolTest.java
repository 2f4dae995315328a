package dev.notesmcp.adapter.http.mcp.modern;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which path a request takes (basic/versioning, "dual-era server"), from the header and the body's {@code _meta}. */
class ModernProtocolTest {

    private static final Map<String, Object> MODERN_META = Map.of("_meta",
            Map.of("io.modelcontextprotocol/protocolVersion", "2026-07-28", "io.modelcontextprotocol/clientCapabilities", Map.of()));

    @Test
    void the2026HeaderAloneChoosesTheNewPath() {
        assertThat(ModernProtocol.isModern(null, Optional.of("2026-07-28"))).isTrue();
        assertThat(ModernProtocol.isModern(MODERN_META, Optional.of("2026-07-28"))).isTrue();
    }

    @Test
    void aMetaClaimTheHeaderDoesNotRepeatChoosesTheNewPathWhichAnswersAMismatch() {
        assertThat(ModernProtocol.isModern(MODERN_META, Optional.empty())).isTrue();
        assertThat(ModernProtocol.isModern(MODERN_META, Optional.of("2025-11-25"))).isTrue();
    }

    @Test
    void requestsWithoutAClaimStayOnTheSdkPath() {
        assertThat(ModernProtocol.isModern(null, Optional.empty())).isFalse();
        assertThat(ModernProtocol.isModern(Map.of("name", "list_notes"), Optional.of("2025-06-18"))).isFalse();
        assertThat(ModernProtocol.isModern(Map.of("_meta", Map.of("progressToken", 1)), Optional.of("2025-11-25")))
                .isFalse();
    }

    @Test
    void aClaimTheHeaderRepeatsForAnOlderVersionStaysOnTheSdkPath() {
        Map<String, Object> params = Map.of("_meta", Map.of("io.modelcontextprotocol/protocolVersion", "2025-11-25"));

        assertThat(ModernProtocol.isModern(params, Optional.of("2025-11-25"))).isFalse();
    }
}
