package dev.notesmcp.adapter.http.mcp;

/**
 * A JSON-RPC 2.0 error response written by the transport itself, before the MCP SDK sees the
 * message. Unlike the SDK's response type it allows {@code "id": null}, which JSON-RPC 2.0 §5
 * requires when the request's id could not be read (parse errors, invalid requests).
 */
record JsonRpcErrorResponse(String jsonrpc, Object id, Error error) {

    JsonRpcErrorResponse(Object id, int code, String message) {
        this("2.0", id, new Error(code, message));
    }

    record Error(int code, String message) {
    }
}
