package dev.notesmcp.adapter.http.mcp.modern;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** basic/index "{@code _meta}": the per-request protocol fields every 2026-07-28 request carries. */
class RequestEnvelopeTest {

    /** schema/2026-07-28/examples/DiscoverRequest/server-discover-request.json, its params. */
    private static final Map<String, Object> SPEC_EXAMPLE = Map.of("_meta", Map.of(
            "io.modelcontextprotocol/protocolVersion", "2026-07-28",
            "io.modelcontextprotocol/clientInfo", Map.of("name", "ExampleClient", "version", "1.0.0"),
            "io.modelcontextprotocol/clientCapabilities", Map.of()));

    @Test
    void theSpecsExampleIsWellFormed() {
        assertThat(RequestEnvelope.problem(SPEC_EXAMPLE)).isEmpty();
    }

    @Test
    void clientInfoMayBeLeftOut() {
        assertThat(RequestEnvelope.problem(Map.of("_meta", without("io.modelcontextprotocol/clientInfo")))).isEmpty();
    }

    @Test
    void eachRequiredFieldIsNamedWhenMissing() {
        assertThat(RequestEnvelope.problem(null)).get().asString().startsWith("Invalid params: _meta is missing");
        assertThat(RequestEnvelope.problem(Map.of("_meta", "x"))).get().asString().contains("_meta is not an object");
        assertThat(RequestEnvelope.problem(Map.of("_meta", without("io.modelcontextprotocol/protocolVersion"))))
                .get().asString().contains("io.modelcontextprotocol/protocolVersion is missing or not a string");
        assertThat(RequestEnvelope.problem(Map.of("_meta", without("io.modelcontextprotocol/clientCapabilities"))))
                .get().asString().contains("io.modelcontextprotocol/clientCapabilities is missing or not an object");
    }

    @Test
    void aClientInfoWithoutAVersionIsMalformed() {
        Map<String, Object> meta = without("io.modelcontextprotocol/clientInfo");
        meta.put("io.modelcontextprotocol/clientInfo", Map.of("name", "ExampleClient"));

        assertThat(RequestEnvelope.problem(Map.of("_meta", meta))).get().asString()
                .contains("clientInfo must be an object with a string name and version");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> without(String key) {
        Map<String, Object> meta = new HashMap<>((Map<String, Object>) SPEC_EXAMPLE.get("_meta"));
        meta.remove(key);
        return meta;
    }
}
