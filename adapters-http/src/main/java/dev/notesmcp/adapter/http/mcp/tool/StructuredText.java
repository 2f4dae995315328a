package dev.notesmcp.adapter.http.mcp.tool;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.modelcontextprotocol.spec.McpSchema;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;

/**
 * The text block of a structured result (MCP 2025-06-18+, tools "Structured Content": a tool returning
 * structured content SHOULD also return it serialized in a TextContent block), written from the one
 * {@link SerializedString} that also carries {@code structuredContent}: Jackson quotes the JSON once
 * with its {@code JsonStringEncoder} and copies the bytes, instead of escaping it character by character
 * inside the answer's generator — that escaping was the single hottest frame of {@code list_notes}
 * (bench/README.md, decision 18). On the wire it is a {@code TextContent}: {@code {"type":"text","text":…}}.
 */
@JsonTypeName("text")
@JsonInclude(JsonInclude.Include.NON_ABSENT)
record StructuredText(@JsonSerialize(using = StructuredText.Quoted.class) SerializedString text,
                      @JsonProperty("_meta") Map<String, Object> meta) implements McpSchema.Content {

    StructuredText {
        Objects.requireNonNull(text, "text");
    }

    StructuredText(SerializedString text) {
        this(text, null);
    }

    /** Writes the string's quoted form, computed once and kept by the {@link SerializedString}. */
    static final class Quoted extends StdSerializer<SerializedString> {

        Quoted() {
            super(SerializedString.class);
        }

        @Override
        public void serialize(SerializedString value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeString(value);
        }
    }
}
