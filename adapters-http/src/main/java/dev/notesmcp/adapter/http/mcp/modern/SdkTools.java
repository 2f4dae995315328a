package dev.notesmcp.adapter.http.mcp.modern;

import dev.notesmcp.domain.token.AccessTokenClaims;
import dev.notesmcp.domain.token.ScopeShortfall;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;

import java.util.Optional;

/**
 * What the 2026-07-28 path borrows from the SDK-backed one, so both run the same tools with the same
 * schemas, scopes and errors: the SDK's answer to {@code tools/list} and {@code tools/call}, and the
 * scope rule in front of them.
 */
public interface SdkTools {

    /**
     * The SDK's answer, for this caller.
     *
     * @throws dev.notesmcp.application.port.out.StoreUnavailableException when a tool found a store down
     */
    JSONRPCResponse answer(JSONRPCRequest request, AccessTokenClaims caller);

    /** What the caller's token lacks for this request, if anything. */
    Optional<ScopeShortfall> shortfall(JSONRPCRequest request, AccessTokenClaims caller);
}
