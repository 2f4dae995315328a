package dev.notesmcp.adapter.http.mcp.modern;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A JSON-RPC error response of the 2026-07-28 path. The SDK's {@code JSONRPCResponse} has no room for
 * {@code "id": null} (a notification or a batch has no id to repeat), so this record, with the
 * optional {@code data} that {@code UnsupportedProtocolVersionError} needs.
 */
public record ErrorResponse(String jsonrpc, Object id, Error error) {

    public ErrorResponse(Object id, int code, String message) {
        this("2.0", id, new Error(code, message, null));
    }

    public ErrorResponse(Object id, int code, String message, Object data) {
        this("2.0", id, new Error(code, message, data));
    }

    public record Error(int code, String message, @JsonInclude(JsonInclude.Include.NON_NULL) Object data) {
    }
}
