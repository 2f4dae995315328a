package dev.notesmcp.adapter.http.mcp;

import dev.notesmcp.domain.token.AccessTokenClaims;
import dev.notesmcp.domain.token.ScopeShortfall;
import io.helidon.http.Status;
import io.modelcontextprotocol.spec.McpSchema;

import java.util.Optional;

/** One JSON-RPC message in a POST body: the tool's scope first, then the SDK. */
final class SingleMessageHandler {

    private final ToolScopeCheck scopes;
    private final McpDispatcher dispatcher;

    SingleMessageHandler(ToolScopeCheck scopes, McpDispatcher dispatcher) {
        this.scopes = scopes;
        this.dispatcher = dispatcher;
    }

    McpReply handle(IncomingMessage message, AccessTokenClaims caller) {
        return switch (message) {
            case IncomingMessage.Request(var request) -> {
                Optional<ScopeShortfall> shortfall = scopes.shortfall(request, caller);
                yield shortfall.isPresent()
                        ? missingScope(shortfall.get(), request.id())
                        // A store outage escapes as StoreUnavailableException: 503 from the error mapper.
                        : McpReply.json(Status.OK_200, dispatcher.answer(request, caller));
            }
            case IncomingMessage.Notification(var notification) -> {
                dispatcher.accept(notification, caller);
                yield McpReply.accepted();
            }
            case IncomingMessage.ClientResponse ignored -> McpReply.accepted();
            case IncomingMessage.Invalid invalid -> McpReply.json(statusOf(invalid), invalid.toResponse());
        };
    }

    /** The 403 for one request whose tool needs scopes the token lacks; the 2026-07-28 path answers the same. */
    static McpReply missingScope(ScopeShortfall shortfall, Object id) {
        return McpReply.missingScope(shortfall, id, "This tool needs the " + shortfall.missing().asString() + " scope");
    }

    /**
     * Bad params of a request are answered like the SDK answers them (200, the request's id);
     * anything else refused before a request exists is a 400 (MCP transport: notifications and
     * responses the server cannot accept get an HTTP error status).
     */
    private static Status statusOf(IncomingMessage.Invalid invalid) {
        return invalid.code() == McpSchema.ErrorCodes.INVALID_PARAMS && invalid.id() != null
                ? Status.OK_200 : Status.BAD_REQUEST_400;
    }
}
