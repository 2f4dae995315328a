package dev.notesmcp.adapter.http.mcp.modern;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** basic/versioning "Protocol Version Negotiation": the versions served, and the error for any other. */
class SupportedVersionsTest {

    private final SupportedVersions versions = new SupportedVersions(List.of("2025-03-26", "2025-06-18", "2025-11-25"));

    @Test
    void newestFirstWith20260728AheadOfTheSdksVersions() {
        assertThat(versions.newestFirst()).containsExactly("2026-07-28", "2025-11-25", "2025-06-18", "2025-03-26");
    }

    @Test
    void aServedVersionOrNoHeaderIsNoRefusal() {
        assertThat(versions.refusal(Optional.empty(), 1)).isEmpty();
        assertThat(versions.refusal(Optional.of("2026-07-28"), 1)).isEmpty();
        assertThat(versions.refusal(Optional.of("2025-03-26"), 1)).isEmpty();
    }

    /** schema/2026-07-28/examples/UnsupportedProtocolVersionError/unsupported-version.json */
    @Test
    void anyOtherVersionIsTheSpecsUnsupportedProtocolVersionError() {
        ErrorResponse error = versions.refusal(Optional.of("1900-01-01"), 1).orElseThrow();

        assertThat(error.jsonrpc()).isEqualTo("2.0");
        assertThat(error.id()).isEqualTo(1);
        assertThat(error.error().code()).isEqualTo(-32022);
        assertThat(error.error().data()).isEqualTo(Map.of(
                "supported", List.of("2026-07-28", "2025-11-25", "2025-06-18", "2025-03-26"),
                "requested", "1900-01-01"));
    }
}
