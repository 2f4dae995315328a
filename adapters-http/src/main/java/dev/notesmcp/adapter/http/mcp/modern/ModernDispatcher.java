package dev.notesmcp.adapter.http.mcp.modern;

import dev.notesmcp.domain.token.AccessTokenClaims;
import dev.notesmcp.domain.token.ScopeShortfall;
import io.helidon.http.Headers;
import io.helidon.http.Status;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;

import java.util.Map;
import java.util.Optional;

/**
 * One 2026-07-28 request on {@code /mcp}, checked in the order the TypeScript SDK's server ladder uses:
 * the {@code _meta} fields (-32602, 400), the request headers against the body (-32020, 400), the
 * method (-32601, 404), the tool's scope (403, as on the SDK path), then {@code server/discover} here
 * and {@code tools/list} / {@code tools/call} through the SDK, their results given the 2026-07-28
 * fields. {@code Mcp-Session-Id} is never read: this revision has no sessions.
 */
public final class ModernDispatcher {

    private final SdkTools tools;
    private final Map<String, Object> serverMeta;
    private final ModernResults.Discover discover;

    public ModernDispatcher(SdkTools tools, SupportedVersions versions, McpSchema.Implementation serverInfo,
                            McpSchema.ServerCapabilities capabilities, String instructions) {
        this.tools = tools;
        this.serverMeta = Map.of(ModernProtocol.META_SERVER_INFO, serverInfo);
        this.discover = new ModernResults.Discover(ModernResults.COMPLETE, versions.newestFirst(), capabilities,
                instructions, ModernProtocol.CACHE_TTL.toMillis(), ModernResults.PUBLIC, serverMeta);
    }

    /**
     * The answer to {@code request}, for which {@link ModernProtocol#isModern} holds, whose headers passed
     * the transport checks and whose version header, if any, is one this server serves.
     *
     * @throws dev.notesmcp.application.port.out.StoreUnavailableException when a tool found a store down (503)
     */
    public ModernOutcome answer(JSONRPCRequest request, Headers headers, Optional<String> versionHeader,
                                AccessTokenClaims caller) {
        Object id = request.id();
        Optional<String> malformed = RequestEnvelope.problem(request.params());
        if (malformed.isPresent()) {
            return error(Status.BAD_REQUEST_400, id, McpSchema.ErrorCodes.INVALID_PARAMS, malformed.get());
        }
        Optional<String> mismatch = RequestHeaders.mismatch(headers, versionHeader, request);
        if (mismatch.isPresent()) {
            return error(Status.BAD_REQUEST_400, id, ModernProtocol.HEADER_MISMATCH, mismatch.get());
        }
        if (!versionHeader.orElseThrow().equals(ModernProtocol.VERSION)) {
            // Header and body agree now, so both name the version isModern routed here by.
            throw new IllegalStateException("a " + versionHeader.get() + " request reached the 2026-07-28 path");
        }
        return switch (request.method()) {
            case ModernProtocol.METHOD_DISCOVER -> ok(id, discover);
            case McpSchema.METHOD_TOOLS_LIST -> viaSdk(request, caller);
            case McpSchema.METHOD_TOOLS_CALL -> {
                Optional<ScopeShortfall> shortfall = tools.shortfall(request, caller);
                yield shortfall.isPresent() ? new ModernOutcome.MissingScope(shortfall.get(), id) : viaSdk(request, caller);
            }
            default -> error(Status.NOT_FOUND_404, id, McpSchema.ErrorCodes.METHOD_NOT_FOUND,
                    "Method not found: " + Clipped.of(request.method()) + " is not a " + ModernProtocol.VERSION
                            + " method of this server (server/discover, tools/list, tools/call)");
        };
    }

    private ModernOutcome viaSdk(JSONRPCRequest request, AccessTokenClaims caller) {
        JSONRPCResponse response = tools.answer(request, caller);
        if (response.error() != null) {
            // Errors of the method itself (unknown tool, unreadable params) stay in-band, as on the SDK path.
            return new ModernOutcome.Answer(Status.OK_200, response);
        }
        Object result = switch (response.result()) {
            case McpSchema.ListToolsResult list -> ModernResults.ToolList.of(list, serverMeta);
            case McpSchema.CallToolResult call -> ModernResults.ToolCall.of(call, serverMeta);
            case Object other -> throw new IllegalStateException("the SDK answered " + request.method()
                    + " with a " + other.getClass().getSimpleName());
        };
        return ok(request.id(), result);
    }

    private static ModernOutcome ok(Object id, Object result) {
        return new ModernOutcome.Answer(Status.OK_200,
                new JSONRPCResponse(McpSchema.JSONRPC_VERSION, id, result, null));
    }

    private static ModernOutcome error(Status status, Object id, int code, String message) {
        return new ModernOutcome.Answer(status, new ErrorResponse(id, code, message));
    }
}
