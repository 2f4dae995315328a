package dev.notesmcp.adapter.http.mcp.tool;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notesmcp.application.port.out.AuditLog;
import dev.notesmcp.application.port.out.Metrics;
import dev.notesmcp.application.port.out.StoreUnavailableException;
import dev.notesmcp.domain.audit.AuditDetail;
import dev.notesmcp.domain.audit.AuditEvent;
import dev.notesmcp.domain.audit.AuditEventKind;
import dev.notesmcp.domain.audit.AuditQuery;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.token.AccessTokenClaims;
import dev.notesmcp.domain.token.Scope;
import dev.notesmcp.domain.token.Scopes;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every tool call is one audit event: the token's user and client, the tool, the outcome — not the arguments. */
class NoteToolCatalogAuditTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    private static final AccessTokenClaims CALLER = new AccessTokenClaims("http://localhost", "http://localhost/mcp",
            new UserId("dev:alice"), "client-1", Scopes.all(), "jti", NOW, NOW.plusSeconds(600), "alice");

    private static final NoteTool PROBE = new NoteTool() {
        @Override
        public ToolDefinition definition() {
            return new ToolDefinition("probe", "Probe", "Answers as told.",
                    "{\"type\":\"object\",\"properties\":{\"mode\":{\"type\":\"string\"}}}", Scope.NOTES_READ);
        }

        @Override
        public ToolOutcome call(UserId caller, ToolArguments arguments) {
            return switch (arguments.requiredString("mode")) {
                case "down" -> throw new StoreUnavailableException("the note store", null);
                default -> ToolOutcome.success(Map.of("done", true));
            };
        }
    };

    private final List<AuditEvent> events = new CopyOnWriteArrayList<>();
    private final AuditLog audit = new AuditLog() {
        @Override
        public void record(AuditEvent event) {
            events.add(event);
        }

        @Override
        public List<AuditEvent> find(AuditQuery query) {
            return List.of();
        }

        @Override
        public int removeOlderThan(Instant cutoff) {
            return 0;
        }
    };
    private final SyncToolSpecification probe = new NoteToolCatalog(List.of(PROBE), Metrics.none(), audit,
            Clock.fixed(NOW, ZoneOffset.UTC)).specifications(new JacksonMcpJsonMapper(new ObjectMapper())).getFirst();

    @Test
    void aCallIsRecordedWithItsCallerToolAndOutcomeButNotItsArguments() {
        probe.callHandler().apply(context(), request("secret note text"));

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(AuditEventKind.TOOL_CALLED);
            assertThat(event.time()).isEqualTo(NOW);
            assertThat(event.user()).contains(new UserId("dev:alice"));
            assertThat(event.client()).contains(new ClientId("client-1"));
            assertThat(event.detail(AuditDetail.TOOL)).contains("probe");
            assertThat(event.detail(AuditDetail.OUTCOME)).contains("ok");
            assertThat(event.detail(AuditDetail.DURATION_MS)).isPresent();
            assertThat(event.toString()).doesNotContain("secret");
        });
    }

    @Test
    void aFailedCallIsRecordedToo() {
        assertThatThrownBy(() -> probe.callHandler().apply(context(), request("down"))).isInstanceOf(McpError.class);

        assertThat(events).singleElement().satisfies(event ->
                assertThat(event.detail(AuditDetail.OUTCOME)).contains("unavailable"));
    }

    private static McpTransportContext context() {
        return McpTransportContext.create(Map.of(NoteToolCatalog.CALLER, CALLER,
                NoteToolCatalog.UNAVAILABLE, new AtomicReference<StoreUnavailableException>()));
    }

    private static McpSchema.CallToolRequest request(String mode) {
        return new McpSchema.CallToolRequest("probe", Map.of("mode", mode));
    }
}
