package dev.notesmcp.adapter.http.mcp;

import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCNotification;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;

import java.util.Map;

/**
 * The envelope rules of JSON-RPC 2.0 §4–5 as MCP tightens them: {@code "jsonrpc"} is exactly the
 * string {@code "2.0"}; a request's id is a string or an integer and never null (MCP base protocol);
 * {@code params}, when present, is an object (MCP); a response carries exactly one of
 * {@code result} and {@code error}. Works on the plain maps and lists Jackson reads.
 */
final class JsonRpcEnvelope {

    private static final int INVALID_REQUEST = McpSchema.ErrorCodes.INVALID_REQUEST;

    private JsonRpcEnvelope() {
    }

    static IncomingMessage classify(Object value) {
        if (!(value instanceof Map<?, ?> message)) {
            return invalid(null, "A JSON-RPC message is a JSON object with \"jsonrpc\": \"2.0\"");
        }
        Object id = message.get("id");
        Object readableId = isValidId(id) ? id : null;
        if (!McpSchema.JSONRPC_VERSION.equals(message.get("jsonrpc"))) {
            return invalid(readableId, "\"jsonrpc\" must be the string \"2.0\"");
        }
        if (message.containsKey("method")) {
            return requestOrNotification(message, id, readableId);
        }
        return response(message, id, readableId);
    }

    private static IncomingMessage requestOrNotification(Map<?, ?> message, Object id, Object readableId) {
        if (!(message.get("method") instanceof String method)) {
            return invalid(readableId, "\"method\" must be a string");
        }
        boolean isRequest = message.containsKey("id");
        if (isRequest && readableId == null) {
            return invalid(null, "\"id\" must be a string or a 64-bit integer (MCP: never null); "
                    + "leave it out only for a notification");
        }
        if (message.containsKey("result") || message.containsKey("error")) {
            return invalid(readableId, "A request or notification carries no \"result\" or \"error\"");
        }
        Object params = message.get("params");
        if (message.containsKey("params") && !(params instanceof Map<?, ?>)) {
            return new IncomingMessage.Invalid(readableId, McpSchema.ErrorCodes.INVALID_PARAMS,
                    "\"params\" of " + method + " must be a JSON object when present");
        }
        return isRequest
                ? new IncomingMessage.Request(new JSONRPCRequest(McpSchema.JSONRPC_VERSION, method, id, params))
                : new IncomingMessage.Notification(new JSONRPCNotification(McpSchema.JSONRPC_VERSION, method, params));
    }

    private static IncomingMessage response(Map<?, ?> message, Object id, Object readableId) {
        boolean hasResult = message.containsKey("result");
        boolean hasError = message.containsKey("error");
        if (hasResult == hasError) {
            return invalid(readableId, "A message needs a \"method\" (request or notification), or exactly one of"
                    + " \"result\" and \"error\" (response)");
        }
        if (hasResult && !(message.get("result") instanceof Map<?, ?>)) {
            return invalid(readableId, "\"result\" must be a JSON object");
        }
        if (hasError && !(message.get("error") instanceof Map<?, ?>)) {
            return invalid(readableId, "\"error\" must be a JSON object with a code and a message");
        }
        // JSON-RPC 2.0 §5: an error response whose request id could not be read has "id": null.
        boolean idAcceptable = readableId != null || (hasError && message.containsKey("id") && id == null);
        if (!idAcceptable) {
            return invalid(null, "A response carries the id (a string or an integer) of the request it answers");
        }
        return new IncomingMessage.ClientResponse();
    }

    /**
     * MCP: "Requests MUST include a string or integer ID"; JSON-RPC: numbers SHOULD NOT have fractions.
     * Integers beyond 64 bits are refused too (the SDK's own limit).
     */
    static boolean isValidId(Object id) {
        return id instanceof String || id instanceof Integer || id instanceof Long;
    }

    private static IncomingMessage invalid(Object id, String message) {
        return new IncomingMessage.Invalid(id, INVALID_REQUEST, message);
    }
}
