package dev.notesmcp.adapter.http.mcp.tool;

import com.fasterxml.jackson.databind.util.RawValue;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** A {@link ToolOutcome} as the MCP result the SDK sends. */
final class ToolResults {

    private ToolResults() {
    }

    static CallToolResult of(ToolOutcome outcome, McpJsonMapper json) {
        return switch (outcome) {
            case ToolOutcome.Success success -> {
                // Serialized once: the text block carries the JSON (MCP spec: for older clients), and the
                // same bytes go out verbatim as structuredContent instead of being serialized again.
                EncodedJson structured = success.structuredContent() instanceof EncodedJson encoded
                        ? encoded
                        : EncodedJson.of(toJson(json, success.structuredContent()));
                yield new CallToolResult(List.of(new StructuredText(structured)), false, new RawValue(structured),
                        null);
            }
            case ToolOutcome.Failure failure -> CallToolResult.builder()
                    .addTextContent(failure.message())
                    .isError(true)
                    .build();
        };
    }

    private static byte[] toJson(McpJsonMapper json, Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
