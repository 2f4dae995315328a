package dev.notesmcp.adapter.http.mcp.tool;

import com.fasterxml.jackson.databind.util.RawValue;
import dev.notesmcp.adapter.http.common.McpJson;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A structured result goes out byte for byte as the SDK's own {@code TextContent} and a raw
 * {@code structuredContent} of the same JSON would, whether the answer is written as bytes (the
 * server) or as a {@code String}.
 */
class ToolResultsTest {

    private static final McpJsonMapper JSON = McpJson.mapper();

    @ParameterizedTest
    @ValueSource(strings = {"plain", "quotes \" and \\ and / and \n\t\r\b\f and \u0001\u001f",
            "é € 中 \u2028", "🦊 notes 📝 \" \\", ""})
    void theAnswerIsTheSdksOwnByteForByte(String text) throws IOException {
        Map<String, Object> structured = structured(text);
        McpSchema.JSONRPCResponse ours = answer(ToolResults.of(ToolOutcome.success(structured), JSON));
        McpSchema.JSONRPCResponse sdks = answer(sdkShape(structured));

        String expected = new String(JSON.writeValueAsBytes(sdks), StandardCharsets.UTF_8);

        assertThat(new String(JSON.writeValueAsBytes(ours), StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(JSON.writeValueAsString(ours)).as("written to a String").isEqualTo(expected);
    }

    @Test
    void aResultLargerThanTheGeneratorsBufferIsWrittenWhole() throws IOException {
        // Jackson's output buffer holds 8 000 bytes: this text block does not fit in what is left of it.
        Map<String, Object> structured = structured("\"quoted\" 🦊 \\ ".repeat(1_500));

        assertThat(JSON.writeValueAsBytes(answer(ToolResults.of(ToolOutcome.success(structured), JSON))))
                .isEqualTo(JSON.writeValueAsBytes(answer(sdkShape(structured))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"No note with id x.", "quotes \" 🦊"})
    void aToolErrorIsTheSdksTextContent(String message) {
        CallToolResult refused = ToolResults.of(ToolOutcome.failure(message), JSON);

        assertThat(refused.content()).containsExactly(new McpSchema.TextContent(message));
        assertThat(refused.isError()).isTrue();
        assertThat(refused.structuredContent()).isNull();
    }

    private static Map<String, Object> structured(String text) {
        Map<String, Object> structured = new LinkedHashMap<>();
        structured.put("title", text);
        structured.put("tags", List.of(text, "x"));
        structured.put("count", 3);
        structured.put("next", null);
        return structured;
    }

    private static CallToolResult sdkShape(Map<String, Object> structured) throws IOException {
        String structuredJson = JSON.writeValueAsString(structured);
        return CallToolResult.builder().addTextContent(structuredJson).structuredContent(new RawValue(structuredJson))
                .isError(false).build();
    }

    private static McpSchema.JSONRPCResponse answer(CallToolResult result) {
        return new McpSchema.JSONRPCResponse(McpSchema.JSONRPC_VERSION, 7, result, null);
    }
}
