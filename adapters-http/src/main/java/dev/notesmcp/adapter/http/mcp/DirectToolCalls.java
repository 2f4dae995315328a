package dev.notesmcp.adapter.http.mcp;

import dev.notesmcp.adapter.http.mcp.tool.NoteToolCatalog;
import dev.notesmcp.adapter.http.mcp.tool.ToolFailedException;
import dev.notesmcp.domain.token.AccessTokenClaims;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;

import java.util.Map;
import java.util.Optional;

/**
 * {@code tools/call} for one of our tools, answered without the SDK's dispatch: the same tool, the same
 * {@code CallToolResult}, the same errors, but no conversion of the params into the SDK's request type,
 * no Reactor pipeline and no search of its tool list. The SDK's tools/call handler was a tenth of a
 * {@code list_notes} call's CPU samples (bench/README.md, decision 17).
 *
 * <p>It takes only params the SDK would read the same way (its {@code CallToolRequest}: a string
 * {@code name}, {@code arguments} and {@code _meta} objects or absent, anything else ignored) and a
 * tool we have; everything else — a name that is not a string, an unknown tool, arguments that are not
 * an object — goes on to the SDK, which answers it as before. DirectToolCallsTest holds the answers of
 * both paths byte for byte equal.
 */
final class DirectToolCalls {

    private final NoteToolCatalog tools;
    private final McpJsonMapper json;

    DirectToolCalls(NoteToolCatalog tools, McpJsonMapper json) {
        this.tools = tools;
        this.json = json;
    }

    /**
     * The answer to a {@code tools/call} request, or empty when the SDK should answer it.
     *
     * @throws dev.notesmcp.application.port.out.StoreUnavailableException when the tool found a store down
     */
    Optional<JSONRPCResponse> answer(JSONRPCRequest request, AccessTokenClaims caller) {
        if (!McpSchema.METHOD_TOOLS_CALL.equals(request.method()) || !(request.params() instanceof Map<?, ?> params)
                || !(params.get("name") instanceof String name) || !tools.has(name)
                || !objectOrAbsent(params.get("arguments")) || !objectOrAbsent(params.get("_meta"))) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked") // JSON object keys are strings: the reader made this map from one
        Map<String, Object> arguments = (Map<String, Object>) params.get("arguments");
        try {
            return Optional.of(new JSONRPCResponse(McpSchema.JSONRPC_VERSION, request.id(),
                    tools.call(name, caller, arguments, json), null));
        } catch (ToolFailedException e) {
            return Optional.of(McpDispatcher.error(request, McpSchema.ErrorCodes.INTERNAL_ERROR, e.clientMessage()));
        }
    }

    private static boolean objectOrAbsent(Object value) {
        return value == null || value instanceof Map<?, ?>;
    }
}
