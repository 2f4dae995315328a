package dev.notesmcp.adapter.http.mcp.tool;

import dev.notesmcp.adapter.http.common.McpJson;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A structured tool result's answer is, byte for byte, what Jackson writes for the same
 * {@code JSONRPCResponse}, for every kind of text and integer id; every other answer is left to Jackson.
 */
class ToolAnswerBytesTest {

    private static final McpJsonMapper JSON = McpJson.mapper();
    private static final String[] TEXTS = {"plain", "quotes \" and \\ and / and \n\t\r\b\f and \u0001\u001f",
        "é € 中 \u2028", "🦊 notes 📝 \" \\", "", "\"quoted\" 🦊 \\ ".repeat(1_500)};

    @Test
    void aStructuredResultIsWhatJacksonWrites() throws IOException {
        for (String text : TEXTS) {
            for (Object id : List.of(0, 7, -3, Integer.MAX_VALUE, Long.MAX_VALUE, Long.MIN_VALUE)) {
                JSONRPCResponse answer = answer(id, ToolResults.of(ToolOutcome.success(structured(text)), JSON));

                assertThat(ToolAnswerBytes.of(answer).map(bytes -> new String(bytes, StandardCharsets.UTF_8)))
                        .hasValue(jackson(answer));
            }
        }
    }

    @Test
    void aPagePutTogetherFromKeptSummariesIsWhatJacksonWrites() throws IOException {
        EncodedJson page = EncodedJson.of("{\"notes\":[],\"nextCursor\":null}".getBytes(StandardCharsets.UTF_8),
                "{\\\"notes\\\":[],\\\"nextCursor\\\":null}".getBytes(StandardCharsets.UTF_8));
        JSONRPCResponse answer = answer(1, ToolResults.of(ToolOutcome.success(page), JSON));

        assertThat(ToolAnswerBytes.of(answer).map(bytes -> new String(bytes, StandardCharsets.UTF_8)))
                .hasValue(jackson(answer));
    }

    @Test
    void everyOtherAnswerIsLeftToJackson() {
        CallToolResult structured = ToolResults.of(ToolOutcome.success(structured("x")), JSON);
        List<JSONRPCResponse> others = List.of(
                answer("a-string-id", structured),
                answer(1, ToolResults.of(ToolOutcome.failure("No note with id x."), JSON)),
                answer(1, new CallToolResult(structured.content(), false, structured.structuredContent(),
                        Map.of("k", "v"))),
                answer(1, new CallToolResult(structured.content(), false, Map.of("other", 1), null)),
                answer(1, CallToolResult.builder().addTextContent("{}").structuredContent(Map.of()).isError(false).build()),
                answer(1, new McpSchema.ListToolsResult(List.of(), null)),
                new JSONRPCResponse(McpSchema.JSONRPC_VERSION, 1, null,
                        new JSONRPCResponse.JSONRPCError(-32603, "failed", null)));

        for (JSONRPCResponse other : others) {
            assertThat(ToolAnswerBytes.of(other)).as(other.toString()).isEmpty();
        }
    }

    private static String jackson(JSONRPCResponse answer) throws IOException {
        return new String(JSON.writeValueAsBytes(answer), StandardCharsets.UTF_8);
    }

    private static Map<String, Object> structured(String text) {
        Map<String, Object> structured = new LinkedHashMap<>();
        structured.put("title", text);
        structured.put("tags", List.of(text, "x"));
        structured.put("next", null);
        return structured;
    }

    private static JSONRPCResponse answer(Object id, Object result) {
        return new JSONRPCResponse(McpSchema.JSONRPC_VERSION, id, result, null);
    }
}
