package dev.notesmcp.adapter.http.mcp;

import dev.notesmcp.adapter.http.mcp.tool.NoteToolCatalog;
import dev.notesmcp.domain.token.AccessTokenClaims;
import dev.notesmcp.domain.token.Scope;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;

import java.util.Map;
import java.util.Optional;

/** Each tool's scope (RFC 6750 §3.1 {@code insufficient_scope}); other methods need only a valid token. */
final class ToolScopeCheck {

    private final NoteToolCatalog tools;

    ToolScopeCheck(NoteToolCatalog tools) {
        this.tools = tools;
    }

    /** The scope this request's tool needs and the caller's token lacks. */
    Optional<Scope> missingScope(JSONRPCRequest request, AccessTokenClaims caller) {
        // A tools/call without a readable tool name never reaches a tool: the SDK answers -32602.
        if (!McpSchema.METHOD_TOOLS_CALL.equals(request.method()) || !(request.params() instanceof Map<?, ?> params)
                || !(params.get("name") instanceof String toolName)) {
            return Optional.empty();
        }
        return tools.requiredScope(toolName).filter(scope -> !caller.grants(scope));
    }
}
