package dev.notesmcp.adapter.http.common;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;
import io.modelcontextprotocol.json.McpJsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Writes small JSON documents (metadata, health, errors) with the same mapper the MCP SDK uses. */
public final class JsonResponses {

    private final McpJsonMapper json;

    public JsonResponses(McpJsonMapper json) {
        this.json = json;
    }

    public void send(ServerResponse response, Status status, Object body) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        send(response, status, bytes);
    }

    /** {@code json}: a JSON document already written as UTF-8. */
    public void send(ServerResponse response, Status status, byte[] json) {
        response.status(status)
                .header(HeaderNames.CONTENT_TYPE, "application/json")
                .send(json);
    }
}
