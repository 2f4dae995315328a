package dev.notesmcp.adapter.http.mcp;

import dev.notesmcp.adapter.http.RecordingMetrics;
import dev.notesmcp.adapter.http.common.McpJson;
import dev.notesmcp.adapter.http.mcp.tool.EchoTool;
import dev.notesmcp.adapter.http.mcp.tool.NoteToolCatalog;
import dev.notesmcp.application.port.out.StoreUnavailableException;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.token.AccessTokenClaims;
import dev.notesmcp.domain.token.Scopes;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The direct {@code tools/call} path answers exactly what the SDK's dispatch answers, byte for byte,
 * and leaves to the SDK every request it could read differently.
 */
class DirectToolCallsTest {

    private static final AccessTokenClaims CALLER = new AccessTokenClaims("http://localhost", "http://localhost/mcp",
            new UserId("dev:alice"), "client", Scopes.all(), "jti", Instant.now(), Instant.now().plusSeconds(600), "alice");

    private final RecordingMetrics metrics = new RecordingMetrics();
    private final McpJsonMapper json = McpJson.mapper();
    private final NoteToolCatalog catalog = new NoteToolCatalog(List.of(new EchoTool()), metrics);
    private final StatelessTransport transport = new StatelessTransport();
    private final DirectToolCalls direct = new DirectToolCalls(catalog, json);
    private final McpDispatcher withDirectCalls = new McpDispatcher(transport, direct);
    /** Knows no tool, so it declines every call: the SDK answers all of them. */
    private final McpDispatcher sdkOnly = new McpDispatcher(transport,
            new DirectToolCalls(new NoteToolCatalog(List.of()), json));

    DirectToolCallsTest() {
        McpServer.sync(transport).serverInfo("test", "1").jsonMapper(json).immediateExecution(true)
                .validateToolInputs(false).tools(catalog.specifications(json)).build();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"name\":\"echo\",\"arguments\":{\"text\":\"plain\"}}",
            "{\"name\":\"echo\",\"arguments\":{\"text\":\"quotes \\\" and \\\\ and \\n and é € 🦊 \\u0001\",\"times\":3}}",
            "{\"name\":\"echo\",\"arguments\":{\"text\":\"meta\"},\"_meta\":{\"progressToken\":7}}",
            "{\"name\":\"echo\",\"arguments\":{\"text\":\"extra\"},\"task\":{\"ttl\":1},\"other\":[1,2]}",
            "{\"name\":\"echo\",\"arguments\":{\"text\":\"refuse\"}}",
            "{\"name\":\"echo\",\"arguments\":{\"text\":\"bug\"}}",
            "{\"name\":\"echo\",\"arguments\":{\"text\":\"x\",\"times\":\"three\"}}",
            "{\"name\":\"echo\",\"arguments\":{\"text\":\"x\",\"colour\":\"red\"}}",
            "{\"name\":\"echo\",\"arguments\":{}}",
            "{\"name\":\"echo\",\"arguments\":null}",
            "{\"name\":\"echo\"}",
    })
    void answersWhatTheSdkAnswersByteForByte(String params) throws IOException {
        for (Object id : List.of(1, "req-1")) {
            JSONRPCRequest request = request(id, params);
            assertThat(direct.answer(request, CALLER)).as("taken by the direct path").isPresent();

            String viaSdk = json.writeValueAsString(sdkOnly.answer(request, CALLER));
            String directly = json.writeValueAsString(withDirectCalls.answer(request, CALLER));

            assertThat(directly).isEqualTo(viaSdk);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"name\":\"nothing_like_it\",\"arguments\":{}}",
            "{\"name\":5,\"arguments\":{}}",
            "{\"arguments\":{\"text\":\"x\"}}",
            "{\"name\":\"echo\",\"arguments\":\"text=x\"}",
            "{\"name\":\"echo\",\"arguments\":[\"x\"]}",
            "{\"name\":\"echo\",\"arguments\":{\"text\":\"x\"},\"_meta\":5}",
            "[\"echo\"]",
    })
    void leavesToTheSdkWhatItWouldReadDifferently(String params) throws IOException {
        JSONRPCRequest request = request(1, params);

        assertThat(direct.answer(request, CALLER)).isEmpty();
        assertThat(json.writeValueAsString(withDirectCalls.answer(request, CALLER)))
                .isEqualTo(json.writeValueAsString(sdkOnly.answer(request, CALLER)));
    }

    @Test
    void otherMethodsAreNotItsBusiness() throws IOException {
        assertThat(direct.answer(new JSONRPCRequest(McpSchema.JSONRPC_VERSION, McpSchema.METHOD_TOOLS_LIST, 1, Map.of()),
                CALLER)).isEmpty();
    }

    @Test
    void aStoreOutageEscapesForA503OnBothPaths() throws IOException {
        JSONRPCRequest request = request(1, "{\"name\":\"echo\",\"arguments\":{\"text\":\"down\"}}");

        assertThatThrownBy(() -> withDirectCalls.answer(request, CALLER)).isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(() -> sdkOnly.answer(request, CALLER)).isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void eachDirectCallIsMeasuredOnce() throws IOException {
        direct.answer(request(1, "{\"name\":\"echo\",\"arguments\":{\"text\":\"plain\"}}"), CALLER);
        direct.answer(request(2, "{\"name\":\"echo\",\"arguments\":{\"text\":\"refuse\"}}"), CALLER);

        assertThat(metrics.reports()).containsExactly("tool echo OK", "tool echo TOOL_ERROR");
    }

    private JSONRPCRequest request(Object id, String params) throws IOException {
        Object readParams = json.readValue(params, Object.class);
        return new JSONRPCRequest(McpSchema.JSONRPC_VERSION, McpSchema.METHOD_TOOLS_CALL, id, readParams);
    }
}
