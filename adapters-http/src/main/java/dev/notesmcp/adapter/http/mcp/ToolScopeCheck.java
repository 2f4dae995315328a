package dev.notesmcp.adapter.http.mcp;

import dev.notesmcp.adapter.http.mcp.tool.NoteToolCatalog;
import dev.notesmcp.domain.token.AccessTokenClaims;
import dev.notesmcp.domain.token.Scope;
import dev.notesmcp.domain.token.ScopeShortfall;
import dev.notesmcp.domain.token.Scopes;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Each tool's scope (RFC 6750 §3.1 {@code insufficient_scope}); other methods need only a valid token. */
final class ToolScopeCheck {

    private final NoteToolCatalog tools;

    ToolScopeCheck(NoteToolCatalog tools) {
        this.tools = tools;
    }

    /** What the caller's token lacks for this request, if anything. */
    Optional<ScopeShortfall> shortfall(JSONRPCRequest request, AccessTokenClaims caller) {
        Optional<Scope> missing = missingScope(request, caller);
        return missing.isEmpty() ? Optional.empty()
                : Optional.of(new ScopeShortfall(Scopes.of(missing.get()), caller.scopes()));
    }

    /** What the caller's token lacks for any request of a batch: every missing scope at once (SEP-2350). */
    Optional<ScopeShortfall> shortfall(List<IncomingMessage> messages, AccessTokenClaims caller) {
        Scopes missing = Scopes.of();
        for (IncomingMessage message : messages) {
            if (message instanceof IncomingMessage.Request(var request)) {
                Optional<Scope> scope = missingScope(request, caller);
                if (scope.isPresent()) {
                    missing = missing.union(Scopes.of(scope.get()));
                }
            }
        }
        return missing.isEmpty() ? Optional.empty() : Optional.of(new ScopeShortfall(missing, caller.scopes()));
    }

    private Optional<Scope> missingScope(JSONRPCRequest request, AccessTokenClaims caller) {
        // A tools/call without a readable tool name never reaches a tool: the SDK answers -32602.
        if (!McpSchema.METHOD_TOOLS_CALL.equals(request.method()) || !(request.params() instanceof Map<?, ?> params)
                || !(params.get("name") instanceof String toolName)) {
            return Optional.empty();
        }
        return tools.requiredScope(toolName).filter(scope -> !caller.grants(scope));
    }
}
