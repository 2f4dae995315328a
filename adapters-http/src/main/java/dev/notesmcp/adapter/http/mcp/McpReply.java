package dev.notesmcp.adapter.http.mcp;

import dev.notesmcp.domain.token.ScopeShortfall;
import io.helidon.http.Status;
import io.modelcontextprotocol.spec.McpSchema;

import java.util.Optional;

/**
 * What {@code /mcp} answers: a status, a JSON body or none (202), and what the token lacks when a
 * tool needs scopes it does not carry (RFC 6750 §3.1).
 */
record McpReply(Status status, Optional<Object> body, Optional<ScopeShortfall> insufficientScope) {

    static McpReply accepted() {
        return new McpReply(Status.ACCEPTED_202, Optional.empty(), Optional.empty());
    }

    static McpReply json(Status status, Object body) {
        return new McpReply(status, Optional.of(body), Optional.empty());
    }

    static McpReply error(Status status, Object id, int code, String message) {
        return json(status, new JsonRpcErrorResponse(id, code, message));
    }

    static McpReply missingScope(ScopeShortfall shortfall, Object id, String message) {
        return new McpReply(Status.FORBIDDEN_403,
                Optional.of(new JsonRpcErrorResponse(id, McpSchema.ErrorCodes.INVALID_REQUEST, message)),
                Optional.of(shortfall));
    }
}
