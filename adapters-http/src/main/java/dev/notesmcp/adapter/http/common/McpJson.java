package dev.notesmcp.adapter.http.common;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;

/**
 * The JSON mapper of the MCP SDK, our JSON-RPC replies and the other small JSON documents. Blackbird
 * reads and writes record components through generated lambdas instead of reflective calls, which
 * showed on the /mcp profile; it changes how properties are reached, never which or in what order,
 * so the bytes are those of a plain Jackson mapper (McpJsonTest holds it to that).
 */
public final class McpJson {

    private McpJson() {
    }

    public static McpJsonMapper mapper() {
        return new JacksonMcpJsonMapper(JsonMapper.builder().addModule(new BlackbirdModule()).build());
    }
}
