package dev.notesmcp.adapter.http.mcp.tool;

import dev.notesmcp.application.port.out.StoreUnavailableException;
import dev.notesmcp.domain.token.AccessTokenClaims;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;

import java.util.concurrent.atomic.AtomicReference;

/**
 * One tool as the MCP SDK lists it ({@code tools/list}) and calls it: the caller comes from the
 * transport context, and the catalog's exceptions become the JSON-RPC errors the SDK sends.
 */
final class SdkToolSpecification {

    private SdkToolSpecification() {
    }

    static SyncToolSpecification of(ToolDefinition about, NoteToolCatalog catalog, McpJsonMapper json) {
        McpSchema.Tool definition = McpSchema.Tool.builder(about.name(), json, about.inputSchema())
                .title(about.title())
                .description(about.description() + " Needs scope " + about.requiredScope().value() + ".")
                .build();
        return SyncToolSpecification.builder()
                .tool(definition)
                .callHandler((context, request) -> call(catalog, about.name(), context, request, json))
                .build();
    }

    @SuppressWarnings("unchecked")
    private static McpSchema.CallToolResult call(NoteToolCatalog catalog, String name, McpTransportContext context,
                                                 McpSchema.CallToolRequest request, McpJsonMapper json) {
        if (!(context.get(NoteToolCatalog.CALLER) instanceof AccessTokenClaims caller)) {
            // The HTTP gate always authenticates first; reaching here without a caller is a wiring bug.
            throw new IllegalStateException("tool call without an authenticated caller");
        }
        try {
            return catalog.call(name, caller, request.arguments(), json);
        } catch (StoreUnavailableException e) {
            // The SDK turns handler exceptions into JSON-RPC errors; the endpoint reads this mark and answers 503.
            if (context.get(NoteToolCatalog.UNAVAILABLE) instanceof AtomicReference<?> mark) {
                ((AtomicReference<StoreUnavailableException>) mark).set(e);
            }
            throw McpError.builder(McpSchema.ErrorCodes.INTERNAL_ERROR)
                    .message("Storage is unavailable; try again in a few seconds.")
                    .build();
        } catch (ToolFailedException e) {
            throw McpError.builder(McpSchema.ErrorCodes.INTERNAL_ERROR).message(e.clientMessage()).build();
        }
    }
}
