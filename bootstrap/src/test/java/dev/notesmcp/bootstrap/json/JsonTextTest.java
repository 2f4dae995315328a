package dev.notesmcp.bootstrap.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What {@link JsonText} writes, read back by an independent parser (Jackson, in tests only). */
class JsonTextTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyCharacterThatMustBeEscapedComesBackAsItWas() throws Exception {
        StringBuilder controls = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            controls.append(c);
        }
        String hostile = "quote \" backslash \\ slash / newline \n tab \t nul \0 " + controls
                + " « Zoë » 🐙 \u2028 </script>";

        String written = JsonText.write(Map.of("name", hostile));

        assertThat(JSON.readTree(written).get("name").asText()).isEqualTo(hostile);
        assertThat(written).doesNotContain("\n").doesNotContain("\0");
    }

    @Test
    void writesObjectsInOrderArraysBooleansNumbersAndNull() throws Exception {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("b", List.of("x", true, 3, 4L));
        object.put("a", Optional.empty());
        object.put("c", Optional.of("present"));
        object.put("d", null);
        object.put("e", List.of());

        String written = JsonText.write(object);

        assertThat(written).isEqualTo("{\"b\":[\"x\",true,3,4],\"a\":null,\"c\":\"present\",\"d\":null,\"e\":[]}");
        JsonNode read = JSON.readTree(written);
        assertThat(read.get("b").get(1).asBoolean()).isTrue();
    }

    @Test
    void refusesAValueWithNoJsonForm() {
        assertThatThrownBy(() -> JsonText.write(List.of(new Object()))).isInstanceOf(IllegalArgumentException.class);
    }
}
