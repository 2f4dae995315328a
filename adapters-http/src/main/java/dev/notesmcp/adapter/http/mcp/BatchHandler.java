package dev.notesmcp.adapter.http.mcp;

import dev.notesmcp.application.port.out.StoreUnavailableException;
import dev.notesmcp.domain.token.AccessTokenClaims;
import dev.notesmcp.domain.token.ScopeShortfall;
import io.helidon.http.Status;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A JSON-RPC batch (JSON-RPC 2.0 §6), which MCP 2025-03-26 requires servers to receive and later
 * versions removed. The messages run in order, each as it would alone; the answer is the array of
 * responses to its requests (and errors for its invalid elements), or 202 when it held none.
 */
final class BatchHandler {

    /** One POST may ask for this many answers: bounds the work and the response a small body can cause. */
    static final int MAX_MESSAGES = 50;

    private static final int INVALID_REQUEST = McpSchema.ErrorCodes.INVALID_REQUEST;

    private final ToolScopeCheck scopes;
    private final McpDispatcher dispatcher;

    BatchHandler(ToolScopeCheck scopes, McpDispatcher dispatcher) {
        this.scopes = scopes;
        this.dispatcher = dispatcher;
    }

    McpReply handle(List<IncomingMessage> messages, String protocolVersion, AccessTokenClaims caller) {
        Optional<String> refusal = refusal(messages, protocolVersion);
        if (refusal.isPresent()) {
            return McpReply.error(Status.BAD_REQUEST_400, null, INVALID_REQUEST, refusal.get());
        }
        // All or nothing: one HTTP answer carries one scope challenge, naming every scope the batch
        // lacks (SEP-2350), and a client that steps up its scope then sends the batch again, so no part
        // of it may have run.
        Optional<ScopeShortfall> shortfall = scopes.shortfall(messages, caller);
        if (shortfall.isPresent()) {
            return McpReply.missingScope(shortfall.get(), null, "This batch calls tools that need scopes this token"
                    + " lacks (" + shortfall.get().missing().asString() + "); nothing in it was run");
        }
        List<Object> responses = new ArrayList<>();
        boolean answeredRequest = false;
        for (IncomingMessage message : messages) {
            switch (message) {
                case IncomingMessage.Request(var request) -> {
                    responses.add(answer(request, caller));
                    answeredRequest = true;
                }
                case IncomingMessage.Notification(var notification) -> dispatcher.accept(notification, caller);
                case IncomingMessage.ClientResponse ignored -> {
                }
                case IncomingMessage.Invalid invalid -> responses.add(invalid.toResponse());
            }
        }
        if (responses.isEmpty()) {
            return McpReply.accepted();
        }
        return McpReply.json(answeredRequest ? Status.OK_200 : Status.BAD_REQUEST_400, responses);
    }

    private Object answer(JSONRPCRequest request, AccessTokenClaims caller) {
        if (McpSchema.METHOD_INITIALIZE.equals(request.method())) {
            return new JsonRpcErrorResponse(request.id(), INVALID_REQUEST,
                    "initialize must not be part of a batch (MCP 2025-03-26 lifecycle); send it alone");
        }
        try {
            return dispatcher.answer(request, caller);
        } catch (StoreUnavailableException e) {
            // Alone this would be a 503; in a batch the other answers still stand, so only this one fails.
            return new JsonRpcErrorResponse(request.id(), McpSchema.ErrorCodes.INTERNAL_ERROR,
                    "Storage is unavailable; try again in a few seconds.");
        }
    }

    private static Optional<String> refusal(List<IncomingMessage> messages, String protocolVersion) {
        if (!McpTransportChecks.allowsBatches(protocolVersion)) {
            return Optional.of("JSON-RPC batches are not supported in " + protocolVersion
                    + "; send one message per POST");
        }
        if (messages.isEmpty()) {
            return Optional.of("An empty batch is not a request (JSON-RPC 2.0 §6); send at least one message");
        }
        if (messages.size() > MAX_MESSAGES) {
            return Optional.of("A batch holds at most " + MAX_MESSAGES + " messages; split it");
        }
        boolean calls = messages.stream().anyMatch(m -> m instanceof IncomingMessage.Request
                || m instanceof IncomingMessage.Notification);
        boolean answers = messages.stream().anyMatch(m -> m instanceof IncomingMessage.ClientResponse);
        if (calls && answers) {
            return Optional.of("A batch holds requests and notifications, or responses, not both"
                    + " (MCP 2025-03-26 transports)");
        }
        return Optional.empty();
    }
}
