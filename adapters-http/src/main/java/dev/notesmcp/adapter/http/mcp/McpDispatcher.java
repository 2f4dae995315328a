package dev.notesmcp.adapter.http.mcp;

import dev.notesmcp.adapter.http.mcp.tool.NoteToolCatalog;
import dev.notesmcp.adapter.http.mcp.tool.ToolFailedException;
import dev.notesmcp.application.port.out.StoreUnavailableException;
import dev.notesmcp.domain.token.AccessTokenClaims;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpStatelessServerHandler;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCNotification;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse.JSONRPCError;

import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Hands one checked message to the MCP SDK for one caller ({@code tools/call} for one of our tools goes
 * straight to the catalog: {@link DirectToolCalls}), and makes sure what comes back says
 * nothing about our internals: the SDK puts any exception's message into a -32603 error (class
 * names, "Cannot invoke …"), so such errors are rewritten here and their detail logged at DEBUG.
 */
final class McpDispatcher {

    private static final System.Logger LOG = System.getLogger(McpDispatcher.class.getName());

    private final StatelessTransport transport;
    private final DirectToolCalls directCalls;

    McpDispatcher(StatelessTransport transport, DirectToolCalls directCalls) {
        this.transport = transport;
        this.directCalls = directCalls;
    }

    /**
     * The response to {@code request}.
     *
     * @throws StoreUnavailableException when a tool found a store down (the caller decides: 503, or
     *                                   an error for that element of a batch)
     */
    JSONRPCResponse answer(JSONRPCRequest request, AccessTokenClaims caller) {
        if (McpSchema.METHOD_INITIALIZE.equals(request.method())) {
            Optional<String> problem = InitializeParams.problem(request.params());
            if (problem.isPresent()) {
                return error(request, McpSchema.ErrorCodes.INVALID_PARAMS, problem.get());
            }
        }
        Optional<JSONRPCResponse> direct = directCalls.answer(request, caller);
        if (direct.isPresent()) {
            return direct.get();
        }
        AtomicReference<StoreUnavailableException> unavailable = new AtomicReference<>();
        JSONRPCResponse response;
        try {
            response = transport.handler().handleRequest(context(caller, unavailable), request).block();
        } catch (StoreUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            // The SDK reads some params before its Mono starts (tools/call): types it cannot map.
            LOG.log(Level.DEBUG, "params of " + request.method() + " could not be read: " + e);
            return error(request, McpSchema.ErrorCodes.INVALID_PARAMS, unreadableParams(request.method()));
        }
        if (unavailable.get() != null) {
            throw unavailable.get();
        }
        return withoutInternals(request, response);
    }

    /**
     * A stateless server keeps nothing between requests, so a client's notifications (initialized,
     * cancelled, progress, roots changed) have nothing to act on: they are accepted and dropped here.
     * Handed to the SDK, every one it has no handler for would cost a WARN line — a log any token
     * holder could flood, 50 lines per batch.
     */
    void accept(JSONRPCNotification notification, AccessTokenClaims caller) {
        LOG.log(Level.TRACE, () -> "notification " + notification.method() + " from " + caller.subject().value()
                + " accepted; nothing to act on in a stateless server");
    }

    private static JSONRPCResponse withoutInternals(JSONRPCRequest request, JSONRPCResponse response) {
        JSONRPCError error = response.error();
        if (error == null || error.code() == null || error.code() != McpSchema.ErrorCodes.INTERNAL_ERROR) {
            return response;
        }
        LOG.log(Level.DEBUG, request.method() + " failed inside the MCP SDK: " + error.message());
        if (McpSchema.METHOD_TOOLS_CALL.equals(request.method())) {
            return error(request, McpSchema.ErrorCodes.INTERNAL_ERROR, ToolFailedException.clientMessage(toolName(request)));
        }
        // Outside tools/call no code of ours runs: the SDK fails only on params it cannot map.
        return error(request, McpSchema.ErrorCodes.INVALID_PARAMS, unreadableParams(request.method()));
    }

    private static String unreadableParams(String method) {
        String hint = McpSchema.METHOD_INITIALIZE.equals(method) ? "; " + InitializeParams.SHAPE
                + ", with the types of the MCP schema inside them" : "; check them against the MCP schema";
        return "The params of " + method + " could not be read" + hint;
    }

    private static String toolName(JSONRPCRequest request) {
        return request.params() instanceof Map<?, ?> params && params.get("name") instanceof String name
                ? name : "the tool call";
    }

    private static McpTransportContext context(AccessTokenClaims caller,
                                               AtomicReference<StoreUnavailableException> unavailable) {
        return McpTransportContext.create(Map.of(NoteToolCatalog.CALLER, caller, NoteToolCatalog.UNAVAILABLE,
                unavailable));
    }

    /** The JSON-RPC error answer to {@code request}; the direct tool calls answer theirs with it too. */
    static JSONRPCResponse error(JSONRPCRequest request, int code, String message) {
        return new JSONRPCResponse(McpSchema.JSONRPC_VERSION, request.id(), null, new JSONRPCError(code, message));
    }
}
