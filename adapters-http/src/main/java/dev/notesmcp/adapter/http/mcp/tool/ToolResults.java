package dev.notesmcp.adapter.http.mcp.tool;

import com.fasterxml.jackson.core.io.SerializedString;
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
                // same bytes go out verbatim as structuredContent instead of being serialized again. The
                // SerializedString encodes them once as UTF-8 and once quoted, for the two places.
                SerializedString structuredJson = new SerializedString(toJson(json, success.structuredContent()));
                yield new CallToolResult(List.of(new StructuredText(structuredJson)), false,
                        new RawValue(structuredJson), null);
            }
            case ToolOutcome.Failure failure -> CallToolResult.builder()
                    .addTextContent(failure.message())
                    .isError(true)
                    .build();
        };
    }

    private static String toJson(McpJsonMapper json, Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
