package dev.notesmcp.adapter.http.mcp.modern;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.modelcontextprotocol.spec.McpSchema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 2026-07-28 result shapes (schema/2026-07-28/schema.ts), around the SDK's own types: every result
 * has {@code resultType} (basic/index "ResultType"), the cacheable ones {@code ttlMs} and
 * {@code cacheScope} (server/utilities/caching), and each names the server in {@code _meta}.
 */
final class ModernResults {

    static final String COMPLETE = "complete";

    /** The tool list and discovery are the same for every caller: any cache may share them. */
    static final String PUBLIC = "public";

    private ModernResults() {
    }

    /** The SDK result's own {@code _meta} (our tools set none), with the server's name added. */
    private static Map<String, Object> withServerInfo(Map<String, Object> own, Map<String, Object> serverInfo) {
        if (own == null || own.isEmpty()) {
            return serverInfo;
        }
        Map<String, Object> merged = new LinkedHashMap<>(own);
        merged.putAll(serverInfo);
        return merged;
    }

    /** {@code DiscoverResult}. */
    record Discover(String resultType, List<String> supportedVersions, McpSchema.ServerCapabilities capabilities,
                    String instructions, long ttlMs, String cacheScope,
                    @JsonProperty("_meta") Map<String, Object> meta) {
    }

    /** {@code ListToolsResult}: the SDK's tools, as the SDK lists them. */
    record ToolList(String resultType, List<McpSchema.Tool> tools,
                    @JsonInclude(JsonInclude.Include.NON_NULL) String nextCursor, long ttlMs, String cacheScope,
                    @JsonProperty("_meta") Map<String, Object> meta) {

        static ToolList of(McpSchema.ListToolsResult result, Map<String, Object> meta) {
            return new ToolList(COMPLETE, result.tools(), result.nextCursor(), ModernProtocol.CACHE_TTL.toMillis(),
                    PUBLIC, withServerInfo(result.meta(), meta));
        }
    }

    /** {@code CallToolResult}: the SDK's result of our tool handler, unchanged but for the new fields. */
    record ToolCall(String resultType, List<McpSchema.Content> content,
                    @JsonInclude(JsonInclude.Include.NON_NULL) Boolean isError,
                    @JsonInclude(JsonInclude.Include.NON_NULL) Object structuredContent,
                    @JsonProperty("_meta") Map<String, Object> meta) {

        static ToolCall of(McpSchema.CallToolResult result, Map<String, Object> meta) {
            return new ToolCall(COMPLETE, result.content(), result.isError(), result.structuredContent(),
                    withServerInfo(result.meta(), meta));
        }
    }
}
