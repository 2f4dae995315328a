package dev.notesmcp.adapter.http.mcp.tool;

import dev.notesmcp.application.port.out.AuditLog;
import java.time.Clock;
import dev.notesmcp.application.port.out.Metrics;
import dev.notesmcp.application.port.out.Metrics.ToolCallOutcome;
import dev.notesmcp.application.port.out.StoreUnavailableException;
import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.token.AccessTokenClaims;
import dev.notesmcp.domain.token.Scope;
import dev.notesmcp.domain.token.Scopes;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The notes tools as the MCP SDK sees them. Each call runs for the caller whose verified token
 * claims the transport put in the {@link McpTransportContext} under {@link #CALLER}, and is
 * reported to {@link Metrics} by tool and outcome: every tool call passes here, and only here.
 */
public final class NoteToolCatalog {

    /** Where the transport puts the caller's {@link AccessTokenClaims}. */
    public static final String CALLER = "notes-mcp.caller";

    /**
     * Where the transport puts an {@code AtomicReference<StoreUnavailableException>} that a tool
     * fills when a store is down, so the HTTP answer can be 503 instead of a tool error.
     */
    public static final String UNAVAILABLE = "notes-mcp.store-unavailable";

    private static final System.Logger LOG = System.getLogger(NoteToolCatalog.class.getName());

    private final Map<String, NoteTool> toolsByName = new LinkedHashMap<>();
    private final Metrics metrics;
    private final ToolCallAudit audit;

    public NoteToolCatalog(List<NoteTool> tools) {
        this(tools, Metrics.none());
    }

    public NoteToolCatalog(List<NoteTool> tools, Metrics metrics) {
        this(tools, metrics, AuditLog.none(), Clock.systemUTC());
    }

    /** Every call is also one {@code TOOL_CALLED} event in {@code audit}. */
    public NoteToolCatalog(List<NoteTool> tools, Metrics metrics, AuditLog audit, Clock clock) {
        tools.forEach(tool -> toolsByName.put(tool.definition().name(), tool));
        this.metrics = metrics;
        this.audit = new ToolCallAudit(audit, clock);
    }

    /** The scope a tool needs, or empty for a tool we do not have (the SDK then answers -32602). */
    public Optional<Scope> requiredScope(String toolName) {
        return Optional.ofNullable(toolsByName.get(toolName)).map(tool -> tool.definition().requiredScope());
    }

    /** Every scope some tool needs: what using this resource takes (the 401 challenge's {@code scope}). */
    public Scopes scopes() {
        return toolsByName.values().stream().map(tool -> Scopes.of(tool.definition().requiredScope()))
                .reduce(Scopes.of(), Scopes::union);
    }

    public List<SyncToolSpecification> specifications(McpJsonMapper json) {
        return toolsByName.values().stream().map(tool -> specification(tool, json)).toList();
    }

    private SyncToolSpecification specification(NoteTool tool, McpJsonMapper json) {
        ToolDefinition about = tool.definition();
        McpSchema.Tool definition = McpSchema.Tool.builder(about.name(), json, about.inputSchema())
                .title(about.title())
                .description(about.description() + " Needs scope " + about.requiredScope().value() + ".")
                .build();
        Set<String> accepted = argumentNames(definition);
        return SyncToolSpecification.builder()
                .tool(definition)
                .callHandler((context, request) -> measured(tool, about.name(), accepted, context, request, json))
                .build();
    }

    /** The names under the input schema's {@code properties}: every argument the tool takes. */
    private static Set<String> argumentNames(McpSchema.Tool definition) {
        if (definition.inputSchema().get("properties") instanceof Map<?, ?> properties) {
            return properties.keySet().stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
        }
        return Set.of();
    }

    private CallToolResult measured(NoteTool tool, String name, Set<String> accepted, McpTransportContext context,
                                    McpSchema.CallToolRequest request, McpJsonMapper json) {
        long start = System.nanoTime();
        ToolCallOutcome outcome = ToolCallOutcome.FAILED;
        try {
            CallToolResult result = call(tool, accepted, context, request, json);
            outcome = Boolean.TRUE.equals(result.isError()) ? ToolCallOutcome.TOOL_ERROR : ToolCallOutcome.OK;
            return result;
        } catch (McpError e) {
            outcome = context.get(UNAVAILABLE) instanceof AtomicReference<?> mark && mark.get() != null
                    ? ToolCallOutcome.UNAVAILABLE : ToolCallOutcome.FAILED;
            throw e;
        } finally {
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            metrics.toolCalled(name, outcome, took);
            audit.record(context.get(CALLER) instanceof AccessTokenClaims caller ? Optional.of(caller) : Optional.empty(),
                    name, outcome, took);
        }
    }

    @SuppressWarnings("unchecked")
    private static CallToolResult call(NoteTool tool, Set<String> accepted, McpTransportContext context,
                                       McpSchema.CallToolRequest request, McpJsonMapper json) {
        if (!(context.get(CALLER) instanceof AccessTokenClaims caller)) {
            // The HTTP gate always authenticates first; reaching here without a caller is a wiring bug.
            throw new IllegalStateException("tool call without an authenticated caller");
        }
        ToolOutcome outcome;
        try {
            outcome = tool.call(caller.subject(), ToolArguments.of(request.arguments(), accepted));
        } catch (InvalidValueException e) {
            outcome = ToolOutcome.failure("Invalid arguments: " + e.getMessage());
        } catch (StoreUnavailableException e) {
            // The SDK turns handler exceptions into JSON-RPC errors; the endpoint reads this mark and answers 503.
            if (context.get(UNAVAILABLE) instanceof AtomicReference<?> mark) {
                ((AtomicReference<StoreUnavailableException>) mark).set(e);
            }
            throw McpError.builder(McpSchema.ErrorCodes.INTERNAL_ERROR)
                    .message("Storage is unavailable; try again in a few seconds.")
                    .build();
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "tool " + tool.definition().name() + " failed", e);
            throw McpError.builder(McpSchema.ErrorCodes.INTERNAL_ERROR)
                    .message("The server could not complete " + tool.definition().name() + "; try again later.")
                    .build();
        }
        return ToolResults.of(outcome, json);
    }
}
