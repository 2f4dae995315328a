package dev.notesmcp.adapter.http.common;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;

/**
 * The JSON mapper of the MCP SDK, our JSON-RPC replies and the other small JSON documents. Blackbird
 * reads and writes record components through generated lambdas instead of reflective calls, which
 * showed on the /mcp profile; it changes how properties are reached, never which or in what order,
 * so the bytes are those of a plain Jackson mapper with the same features (McpJsonTest holds it to that).
 *
 * <p>One feature: a character beyond the Basic Multilingual Plane (an emoji) is written as its four
 * UTF-8 bytes, not as a pair of {@code \uD83D\uDCDD} escapes. Both read back as the same string;
 * the bytes are what a note's own text is, and a tool's structured result, written once as bytes and
 * copied into its text block ({@code mcp.tool.EncodedJson}), keeps them as they are.
 */
public final class McpJson {

    private McpJson() {
    }

    public static McpJsonMapper mapper() {
        return new JacksonMcpJsonMapper(plainBuilder().addModule(new BlackbirdModule()).build());
    }

    /** The same features without Blackbird: what the mapper's bytes are compared with. */
    public static JsonMapper.Builder plainBuilder() {
        return JsonMapper.builder().enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
    }
}
