package dev.notesmcp.adapter.http.mcp;

import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The strict JSON-RPC reader: a table of bodies and what each must become. */
class JsonRpcReaderTest {

    private final JsonRpcReader reader = new JsonRpcReader();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            null                                                            | -32600
            `"2.0"`                                                         | -32600
            42                                                              | -32600
            ``                                                              | -32700
            `   `                                                           | -32700
            {"jsonrpc":"2.0","id":1,                                        | -32700
            {"jsonrpc":"2.0","id":1,"method":"ping"}{"jsonrpc":"2.0","id":2,"method":"ping"} | -32700
            {"jsonrpc":"2.0","id":1,"method":"ping"} trailing               | -32700
            {"jsonrpc":"2.0","id":1,"method":"ping"}]                       | -32700
            {"jsonrpc":"2.0","id":1,"method":"ping"} {}                     | -32700
            {"jsonrpc":"2.0","id":1,"id":2,"method":"ping"}                 | -32700
            {"jsonrpc":"2.0","id":1,"method":"ping","params":{"a":1,"a":2}} | -32700
            {'jsonrpc':'2.0','id':1,'method':'ping'}                        | -32700
            {"jsonrpc":"2.0","id":01,"method":"ping"}                       | -32700
            {"jsonrpc":"2.0","id":NaN,"method":"ping"}                      | -32700
            {"jsonrpc":"2.0","id":1,"method":"ping"} // comment             | -32700
            """)
    void bodiesThatAreNoSingleMessageAreRefusedWhole(String body, int code) {
        JsonRpcBody read = reader.read(body.getBytes(StandardCharsets.UTF_8));

        assertThat(read).isInstanceOfSatisfying(JsonRpcBody.Unreadable.class, unreadable -> {
            assertThat(unreadable.code()).isEqualTo(code);
            assertThat(unreadable.message()).doesNotContain("Exception").doesNotContain("com.fasterxml")
                    .doesNotContain("REDACTED").doesNotContain("Source");
        });
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"id":1,"method":"ping"}                                        | -32600
            {"jsonrpc":"1.0","id":1,"method":"ping"}                        | -32600
            {"jsonrpc":2.0,"id":1,"method":"ping"}                          | -32600
            {"jsonrpc":null,"id":1,"method":"ping"}                         | -32600
            {"jsonrpc":"2.0","id":1,"method":7}                             | -32600
            {"jsonrpc":"2.0","id":null,"method":"ping"}                     | -32600
            {"jsonrpc":"2.0","id":{},"method":"ping"}                       | -32600
            {"jsonrpc":"2.0","id":[1],"method":"ping"}                      | -32600
            {"jsonrpc":"2.0","id":true,"method":"ping"}                     | -32600
            {"jsonrpc":"2.0","id":1.5,"method":"ping"}                      | -32600
            {"jsonrpc":"2.0","id":1.0,"method":"ping"}                      | -32600
            {"jsonrpc":"2.0","id":1,"method":"ping","result":{}}            | -32600
            {"jsonrpc":"2.0","id":1}                                        | -32600
            {"jsonrpc":"2.0","id":1,"result":{},"error":{}}                 | -32600
            {"jsonrpc":"2.0","id":1,"error":"x"}                            | -32600
            {"jsonrpc":"2.0","result":{}}                                   | -32600
            {"jsonrpc":"2.0","id":1,"method":"ping","params":[]}            | -32602
            {"jsonrpc":"2.0","id":1,"method":"ping","params":"x"}           | -32602
            {"jsonrpc":"2.0","id":1,"method":"ping","params":null}          | -32602
            {"jsonrpc":"2.0","method":"notifications/initialized","params":[1]} | -32602
            """)
    void objectsThatBreakTheEnvelopeRulesAreInvalid(String body, int code) {
        JsonRpcBody read = reader.read(body.getBytes(StandardCharsets.UTF_8));

        assertThat(read).isInstanceOfSatisfying(JsonRpcBody.Single.class, single -> assertThat(single.message())
                .isInstanceOfSatisfying(IncomingMessage.Invalid.class, invalid -> assertThat(invalid.code())
                        .isEqualTo(code)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ff", "fe", "80", "c0af", "c1bf", "e080af", "f08080af", "eda080", "edbfbf", "f4908080",
            "c3", "e282", "c328"})
    void invalidUtf8IsAParseError(String hex) {
        byte[] bad = HexFormat.of().parseHex(hex);
        byte[] prefix = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"x\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] suffix = "\"}}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[prefix.length + bad.length + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        System.arraycopy(bad, 0, body, prefix.length, bad.length);
        System.arraycopy(suffix, 0, body, prefix.length + bad.length, suffix.length);

        assertThat(reader.read(body)).isInstanceOfSatisfying(JsonRpcBody.Unreadable.class, unreadable -> {
            assertThat(unreadable.code()).isEqualTo(-32700);
            assertThat(unreadable.message()).contains("UTF-8").contains("at byte " + prefix.length);
        });
    }

    @Test
    void deepNestingIsRefusedAsAParseError() {
        String deep = "[".repeat(JsonRpcReader.MAX_NESTING_DEPTH + 1) + "]".repeat(JsonRpcReader.MAX_NESTING_DEPTH + 1);

        assertThat(reader.read(deep.getBytes(StandardCharsets.UTF_8))).isInstanceOfSatisfying(
                JsonRpcBody.Unreadable.class, unreadable -> assertThat(unreadable.message()).contains("nested"));
    }

    @Test
    void aWellFormedRequestKeepsItsIdMethodAndParams() {
        JsonRpcBody read = reader.read("""
                {"jsonrpc":"2.0","id":"x-1","method":"tools/call","params":{"name":"get_note","arguments":{"id":"n"}}}
                """.getBytes(StandardCharsets.UTF_8));

        assertThat(read).isInstanceOfSatisfying(JsonRpcBody.Single.class, single -> assertThat(single.message())
                .isInstanceOfSatisfying(IncomingMessage.Request.class, request -> {
                    JSONRPCRequest rpc = request.request();
                    assertThat(rpc.id()).isEqualTo("x-1");
                    assertThat(rpc.method()).isEqualTo("tools/call");
                    assertThat(rpc.params()).isEqualTo(Map.of("name", "get_note", "arguments", Map.of("id", "n")));
                }));
    }

    @Test
    void anErrorIsPlacedByCharacterWhetherTheBodyIsAsciiOrNot() {
        // An ASCII body is parsed from its bytes, any other from its decoded text: "é" is one
        // character and two bytes, and the column (just after the repeated key) counts characters either way.
        assertThat(reader.read("{\"a\":\"e\",\"x\":1,\"x\":2}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(reader.read("{\"a\":\"é\",\"x\":1,\"x\":2}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new JsonRpcBody.Unreadable(-32700,
                        "Parse error: an object repeats a key (line 1, column 19); every key may appear once"));
    }

    @Test
    void validUtf8BeyondAsciiIsRead() {
        JsonRpcBody read = reader.read("{\"jsonrpc\":\"2.0\",\"method\":\"n\",\"params\":{\"t\":\"é€😀\"}}"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(read).isInstanceOfSatisfying(JsonRpcBody.Single.class, single -> assertThat(single.message())
                .isInstanceOf(IncomingMessage.Notification.class));
    }

    @Test
    void anArrayIsABatchWhoseElementsAreClassifiedOneByOne() {
        JsonRpcBody read = reader.read("""
                [{"jsonrpc":"2.0","id":1,"method":"ping"},{"jsonrpc":"2.0","method":"n"},
                 {"jsonrpc":"2.0","id":9,"result":{}},{"jsonrpc":"2.0","id":null,"error":{"code":1,"message":"m"}},
                 1,{"jsonrpc":"1.0","id":2,"method":"ping"}]""".getBytes(StandardCharsets.UTF_8));

        assertThat(read).isInstanceOfSatisfying(JsonRpcBody.Batch.class, batch -> {
            List<IncomingMessage> messages = batch.messages();
            assertThat(messages).hasSize(6);
            assertThat(messages.get(0)).isInstanceOf(IncomingMessage.Request.class);
            assertThat(messages.get(1)).isInstanceOf(IncomingMessage.Notification.class);
            assertThat(messages.get(2)).isInstanceOf(IncomingMessage.ClientResponse.class);
            assertThat(messages.get(3)).isInstanceOf(IncomingMessage.ClientResponse.class);
            assertThat(messages.get(4)).isEqualTo(new IncomingMessage.Invalid(null, -32600,
                    "A JSON-RPC message is a JSON object with \"jsonrpc\": \"2.0\""));
            assertThat(messages.get(5)).isInstanceOfSatisfying(IncomingMessage.Invalid.class,
                    invalid -> assertThat(invalid.id()).isEqualTo(2));
        });
    }

    @Test
    void integerIdsBeyond64BitsAreInvalid() {
        JsonRpcBody read = reader.read("{\"jsonrpc\":\"2.0\",\"id\":123456789012345678901234567890,\"method\":\"ping\"}"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(read).isInstanceOfSatisfying(JsonRpcBody.Single.class, single -> assertThat(single.message())
                .isInstanceOfSatisfying(IncomingMessage.Invalid.class, invalid -> assertThat(invalid.code())
                        .isEqualTo(-32600)));
    }
}
