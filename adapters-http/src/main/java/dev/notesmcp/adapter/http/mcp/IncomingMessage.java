package dev.notesmcp.adapter.http.mcp;

import io.modelcontextprotocol.spec.McpSchema.JSONRPCNotification;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;

/** One JSON-RPC message of a POST body, as {@link JsonRpcEnvelope} classified it. */
sealed interface IncomingMessage {

    record Request(JSONRPCRequest request) implements IncomingMessage {
    }

    record Notification(JSONRPCNotification notification) implements IncomingMessage {
    }

    /** A client's answer to a server request; a stateless server never asks, so it is accepted and dropped. */
    record ClientResponse() implements IncomingMessage {
    }

    /**
     * A message we refuse. {@code id} is the message's id when it could be read (else {@code null},
     * JSON-RPC 2.0 §5); {@code code} is -32600 (invalid request) or -32602 (invalid params).
     */
    record Invalid(Object id, int code, String message) implements IncomingMessage {

        JsonRpcErrorResponse toResponse() {
            return new JsonRpcErrorResponse(id, code, message);
        }
    }
}
