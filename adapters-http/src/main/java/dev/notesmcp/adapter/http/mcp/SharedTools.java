package dev.notesmcp.adapter.http.mcp;

import dev.notesmcp.adapter.http.mcp.modern.SdkTools;
import dev.notesmcp.domain.token.AccessTokenClaims;
import dev.notesmcp.domain.token.ScopeShortfall;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;

import java.util.Optional;

/** The SDK-backed path's tool calls and scope rule, lent to the 2026-07-28 path: one catalogue, one rule. */
record SharedTools(McpDispatcher dispatcher, ToolScopeCheck scopes) implements SdkTools {

    @Override
    public JSONRPCResponse answer(JSONRPCRequest request, AccessTokenClaims caller) {
        return dispatcher.answer(request, caller);
    }

    @Override
    public Optional<ScopeShortfall> shortfall(JSONRPCRequest request, AccessTokenClaims caller) {
        return scopes.shortfall(request, caller);
    }
}
