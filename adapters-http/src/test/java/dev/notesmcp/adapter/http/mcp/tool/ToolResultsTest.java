package dev.notesmcp.adapter.http.mcp.tool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.notesmcp.adapter.http.common.McpJson;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A structured result goes out as the SDK's own {@code TextContent} and raw {@code structuredContent}
 * would: the same bytes, except that a character outside the Basic Multilingual Plane is written as its
 * UTF-8 bytes rather than as a pair of {@code \\u} escapes (both read back as the same string).
 */
class ToolResultsTest {

    private static final McpJsonMapper JSON = McpJson.mapper();
    private static final ObjectMapper READER = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"plain", "quotes \" and \\ and / and \n\t\r\b\f and \u0001\u001f", "é € 中 ‮ \u2028"})
    void theAnswerIsTheSdksOwnByteForByte(String text) throws IOException {
        Map<String, Object> structured = structured(text);

        byte[] ours = JSON.writeValueAsBytes(answer(ToolResults.of(ToolOutcome.success(structured), JSON)));
        byte[] sdks = JSON.writeValueAsBytes(answer(sdkShape(structured)));

        assertThat(new String(ours, StandardCharsets.UTF_8)).isEqualTo(new String(sdks, StandardCharsets.UTF_8));
        assertThat(JSON.writeValueAsString(answer(ToolResults.of(ToolOutcome.success(structured), JSON))))
                .as("written to a String too").isEqualTo(new String(sdks, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"🦊", "notes 📝 and 🦊🦊 \" \\"})
    void aCharacterBeyondTheBasicPlaneReadsBackTheSame(String text) throws IOException {
        Map<String, Object> structured = structured(text);

        JsonNode ours = READER.readTree(JSON.writeValueAsBytes(answer(ToolResults.of(ToolOutcome.success(structured), JSON))));
        JsonNode sdks = READER.readTree(JSON.writeValueAsBytes(answer(sdkShape(structured))));

        assertThat(ours).isEqualTo(sdks);
        assertThat(READER.readTree(ours.at("/result/content/0/text").asText())).isEqualTo(ours.at("/result/structuredContent"));
        assertThat(ours.at("/result/structuredContent/title").asText()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"No note with id x.", "quotes \" 🦊"})
    void aToolErrorIsTheSdksTextContent(String message) throws IOException {
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
