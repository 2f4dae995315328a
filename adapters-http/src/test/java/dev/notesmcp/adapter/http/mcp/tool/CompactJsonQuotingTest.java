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
    void everyByteAtEveryPositionOfAWordIsQuotedAsOneByOneWouldQuoteIt() {
        // The eight-byte path against the plain rule, on any bytes at all (not only Jackson's output):
        // every length around the word size, every special byte in every lane, runs of them, high bytes.
        Random random = new Random(20261203);
        byte[] alphabet = {'"', '\\', 0, 0x1F, 0x20, 0x21, 0x5B, 0x5D, 0x7F, (byte) 0x80, (byte) 0xA2, (byte) 0xDC, (byte) 0xFF, 'a'};
        for (int i = 0; i < 20_000; i++) {
            byte[] document = new byte[random.nextInt(42)];
            for (int j = 0; j < document.length; j++) {
                document[j] = random.nextBoolean() ? alphabet[random.nextInt(alphabet.length)] : (byte) random.nextInt(256);
            }
            byte[] expected = quotedOneByOne(document);
            int offset = random.nextInt(5);
            byte[] out = new byte[offset + expected.length]; // exactly the room it needs: no word written past it

            int written = CompactJsonQuoting.quoteInto(document, out, offset);

            assertThat(CompactJsonQuoting.quotedLength(document)).isEqualTo(expected.length);
            assertThat(written).isEqualTo(expected.length);
            assertThat(java.util.Arrays.copyOfRange(out, offset, out.length)).isEqualTo(expected);
        }
    }

    /** RFC 8259 §7, one byte at a time: a quote or backslash gets a backslash, a control byte is \\u00XX. */
    private static byte[] quotedOneByOne(byte[] document) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte b : document) {
            if (b == '"' || b == '\\') {
                out.write('\\');
                out.write(b);
            } else if (b >= 0 && b < 0x20) {
                out.writeBytes(String.format("\\u%04X", b).getBytes(StandardCharsets.US_ASCII));
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
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
