package dev.notesmcp.adapter.http.mcp.tool;

import dev.notesmcp.application.port.out.AuditLog;
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
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The notes tools. Every tool call passes through {@link #call}, and only there: it runs the tool for
 * the caller, and reports it to {@link Metrics} by tool and outcome and to the audit log. The MCP
 * SDK sees the same tools through {@link #specifications}; the transport calls {@link #call} itself
 * for the {@code tools/call} requests it can read.
 */
public final class NoteToolCatalog {

    /** Where the transport puts the caller's {@link AccessTokenClaims} in the SDK's {@link McpTransportContext}. */
    public static final String CALLER = "notes-mcp.caller";

    /**
     * Where the transport puts an {@code AtomicReference<StoreUnavailableException>} that a tool
     * called through the SDK fills when a store is down, so the HTTP answer can be 503 instead of a tool error.
     */
    public static final String UNAVAILABLE = "notes-mcp.store-unavailable";

    private static final System.Logger LOG = System.getLogger(NoteToolCatalog.class.getName());

    private final Map<String, CatalogEntry> toolsByName = new LinkedHashMap<>();
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
        tools.forEach(tool -> toolsByName.put(tool.definition().name(), CatalogEntry.of(tool)));
        this.metrics = metrics;
        this.audit = new ToolCallAudit(audit, clock);
    }

    /** The scope a tool needs, or empty for a tool we do not have (the SDK then answers -32602). */
    public Optional<Scope> requiredScope(String toolName) {
        return Optional.ofNullable(toolsByName.get(toolName)).map(entry -> entry.definition().requiredScope());
    }

    /** Whether {@code toolName} is one of ours. */
    public boolean has(String toolName) {
        return toolsByName.containsKey(toolName);
    }

    /** Every scope some tool needs: what using this resource takes (the 401 challenge's {@code scope}). */
    public Scopes scopes() {
        return toolsByName.values().stream().map(entry -> Scopes.of(entry.definition().requiredScope()))
                .reduce(Scopes.of(), Scopes::union);
    }

    /** The tools as the MCP SDK lists and calls them. */
    public List<SyncToolSpecification> specifications(McpJsonMapper json) {
        return toolsByName.values().stream().map(entry -> SdkToolSpecification.of(entry.definition(), this, json))
                .toList();
    }

    /**
     * Runs tool {@code name} for {@code caller}. Invalid arguments are a tool error the model can read
     * (a result with {@code isError}), not an exception.
     *
     * @throws IllegalArgumentException   for a tool we do not have (check {@link #has} first)
     * @throws StoreUnavailableException  when a store is down (a 503, or an error for that element of a batch)
     * @throws ToolFailedException        when the tool broke; the cause is logged here, the caller says only that it failed
     */
    public CallToolResult call(String name, AccessTokenClaims caller, Map<String, Object> arguments,
                               McpJsonMapper json) {
        CatalogEntry entry = toolsByName.get(name);
        if (entry == null) {
            throw new IllegalArgumentException("no tool named " + name);
        }
        long start = System.nanoTime();
        ToolCallOutcome outcome = ToolCallOutcome.FAILED;
        try {
            CallToolResult result = ToolResults.of(run(entry, caller, arguments), json);
            outcome = Boolean.TRUE.equals(result.isError()) ? ToolCallOutcome.TOOL_ERROR : ToolCallOutcome.OK;
            return result;
        } catch (StoreUnavailableException e) {
            outcome = ToolCallOutcome.UNAVAILABLE;
            throw e;
        } finally {
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            metrics.toolCalled(name, outcome, took);
            audit.record(Optional.of(caller), name, outcome, took);
        }
    }

    private static ToolOutcome run(CatalogEntry entry, AccessTokenClaims caller, Map<String, Object> arguments) {
        try {
            return entry.tool().call(caller.subject(), ToolArguments.of(arguments, entry.argumentNames()));
        } catch (InvalidValueException e) {
            return ToolOutcome.failure("Invalid arguments: " + e.getMessage());
        } catch (StoreUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "tool " + entry.definition().name() + " failed", e);
            throw new ToolFailedException(entry.definition().name());
        }
    }
}
