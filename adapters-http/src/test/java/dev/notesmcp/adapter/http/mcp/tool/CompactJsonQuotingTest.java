package dev.notesmcp.adapter.http.mcp.tool;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notesmcp.adapter.http.common.McpJson;
import io.modelcontextprotocol.json.McpJsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Quoting a compact JSON document by its bytes gives what Jackson's own string encoder gives. */
class CompactJsonQuotingTest {

    private static final McpJsonMapper JSON = McpJson.mapper();
    private static final ObjectMapper READER = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "\"", "\\", "\\\"", "a \"quoted\" \\ back\\slash / slash",
            "\n\t\r\b\f \u0000 \u0001 \u001f \u007f", "é ü € 中 \u2028 \u2029 \uFEFF", "🦊 📝 \uD834\uDD1E",
            "</script><!--"})
    void aDocumentIsQuotedAsJacksonQuotesItsText(String text) throws IOException {
        byte[] document = JSON.writeValueAsBytes(Map.of("text", text, "list", List.of(text, 1, true)));

        byte[] quoted = CompactJsonQuoting.quote(document);

        String documentText = new String(document, StandardCharsets.UTF_8);
        assertThat(new String(quoted, StandardCharsets.UTF_8))
                .isEqualTo(new String(JsonStringEncoder.getInstance().quoteAsUTF8(documentText), StandardCharsets.UTF_8));
        assertThat(READER.readValue(asJsonString(quoted), String.class)).isEqualTo(documentText);
    }

    @Test
    void randomTextsRoundTrip() throws IOException {
        Random random = new Random(20261202);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(40); j > 0; j--) {
                // Anything from the control characters to the astral planes, as whole code points.
                text.appendCodePoint(switch (random.nextInt(4)) {
                    case 0 -> random.nextInt(0x80);
                    case 1 -> 0x80 + random.nextInt(0x800 - 0x80);
                    case 2 -> 0x800 + random.nextInt(0xD800 - 0x800);
                    default -> 0x10000 + random.nextInt(0x10FFFF - 0x10000);
                });
            }
            byte[] document = JSON.writeValueAsBytes(List.of(text.toString()));
            String documentText = new String(document, StandardCharsets.UTF_8);

            byte[] quoted = CompactJsonQuoting.quote(document);

            assertThat(quoted).isEqualTo(JsonStringEncoder.getInstance().quoteAsUTF8(documentText));
            assertThat(READER.readValue(asJsonString(quoted), String.class)).isEqualTo(documentText);
        }
    }

    @Test
    void aRawControlByteWhichJacksonNeverWritesIsStillEscaped() throws IOException {
        byte[] document = "[\"a\u0001b\"]".getBytes(StandardCharsets.UTF_8);

        byte[] quoted = CompactJsonQuoting.quote(document);

        assertThat(new String(quoted, StandardCharsets.UTF_8)).isEqualTo("[\\\"a\\u0001b\\\"]");
        assertThat(READER.readValue(asJsonString(quoted), String.class)).isEqualTo("[\"a\u0001b\"]");
    }

    @Test
    void aDocumentWithNothingToEscapeIsItsOwnQuotedForm() {
        byte[] document = "[1,2,true,null]".getBytes(StandardCharsets.UTF_8);

        assertThat(CompactJsonQuoting.quote(document)).isSameAs(document);
    }

    private static byte[] asJsonString(byte[] quoted) {
        byte[] string = new byte[quoted.length + 2];
        string[0] = '"';
        System.arraycopy(quoted, 0, string, 1, quoted.length);
        string[string.length - 1] = '"';
        return string;
    }
}
