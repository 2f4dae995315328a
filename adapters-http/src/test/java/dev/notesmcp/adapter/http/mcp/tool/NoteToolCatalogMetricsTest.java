package dev.notesmcp.adapter.http.mcp.tool;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notesmcp.adapter.http.RecordingMetrics;
import dev.notesmcp.application.port.out.StoreUnavailableException;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.token.AccessTokenClaims;
import dev.notesmcp.domain.token.Scope;
import dev.notesmcp.domain.token.Scopes;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every tool call is reported once, by tool and by what it came to. */
class NoteToolCatalogMetricsTest {

    private static final AccessTokenClaims CALLER = new AccessTokenClaims("http://localhost", "http://localhost/mcp",
            new UserId("dev:alice"), "client", Scopes.all(), "jti", Instant.now(), Instant.now().plusSeconds(600), "alice");

    /** Does what its {@code mode} argument says. */
    private static final NoteTool PROBE = new NoteTool() {
        @Override
        public ToolDefinition definition() {
            return new ToolDefinition("probe", "Probe", "Answers as told.",
                    "{\"type\":\"object\",\"properties\":{\"mode\":{\"type\":\"string\"}}}", Scope.NOTES_READ);
        }

        @Override
        public ToolOutcome call(UserId caller, ToolArguments arguments) {
            return switch (arguments.requiredString("mode")) {
                case "ok" -> ToolOutcome.success(Map.of("done", true));
                case "refuse" -> ToolOutcome.failure("No note with id x.");
                case "down" -> throw new StoreUnavailableException("the note store", null);
                default -> throw new IllegalStateException("a bug");
            };
        }
    };

    private final RecordingMetrics metrics = new RecordingMetrics();
    private final SyncToolSpecification probe = new NoteToolCatalog(List.of(PROBE), metrics)
            .specifications(new JacksonMcpJsonMapper(new ObjectMapper())).getFirst();

    @ParameterizedTest
    @CsvSource({"ok, OK", "refuse, TOOL_ERROR"})
    void aResultIsReportedAsItsOutcome(String mode, String outcome) {
        probe.callHandler().apply(context(), request(mode));

        assertThat(metrics.reports()).containsExactly("tool probe " + outcome);
    }

    @Test
    void aStoreOutageIsReportedAsUnavailable() {
        assertThatThrownBy(() -> probe.callHandler().apply(context(), request("down"))).isInstanceOf(McpError.class);

        assertThat(metrics.reports()).containsExactly("tool probe UNAVAILABLE");
    }

    @Test
    void anUnexpectedFailureIsReportedAsFailed() {
        assertThatThrownBy(() -> probe.callHandler().apply(context(), request("bug"))).isInstanceOf(McpError.class);

        assertThat(metrics.reports()).containsExactly("tool probe FAILED");
    }

    private static McpTransportContext context() {
        return McpTransportContext.create(Map.of(NoteToolCatalog.CALLER, CALLER,
                NoteToolCatalog.UNAVAILABLE, new AtomicReference<StoreUnavailableException>()));
    }

    private static McpSchema.CallToolRequest request(String mode) {
        return new McpSchema.CallToolRequest("probe", Map.of("mode", mode));
    }
}
