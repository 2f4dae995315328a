package dev.notesmcp.adapter.http.mcp;

import java.util.List;

/** What a POST body to {@code /mcp} holds, as {@link JsonRpcReader} read it. */
sealed interface JsonRpcBody {

    /** One message (a JSON object). */
    record Single(IncomingMessage message) implements JsonRpcBody {
    }

    /** A JSON array of messages (JSON-RPC 2.0 §6), each classified on its own; may be empty. */
    record Batch(List<IncomingMessage> messages) implements JsonRpcBody {

        public Batch {
            messages = List.copyOf(messages);
        }
    }

    /** Not a message at all: invalid UTF-8 or JSON (-32700), or a JSON value that is no message (-32600). */
    record Unreadable(int code, String message) implements JsonRpcBody {

        JsonRpcErrorResponse toResponse() {
            return new JsonRpcErrorResponse(null, code, message);
        }
    }
}
