package dev.notesmcp.adapter.http.mcp.tool;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.modelcontextprotocol.spec.McpSchema;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;

/**
 * The text block of a structured result (MCP 2025-06-18 and later, tools, "Structured Content": a tool
 * returning structured content SHOULD also return the serialized JSON in a TextContent block), written
 * from the {@link EncodedJson} that also carries {@code structuredContent}. On the wire it is the SDK's
 * {@code TextContent}: {@code {"type":"text","text":"…"}}. Public, with its serializer, so that Blackbird
 * reaches its components through generated accessors, as it does the SDK's records.
 */
@JsonTypeName("text")
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record StructuredText(@JsonSerialize(using = StructuredText.Quoted.class) EncodedJson text,
                      @JsonProperty("_meta") Map<String, Object> meta) implements McpSchema.Content {

    public StructuredText {
        Objects.requireNonNull(text, "text");
    }

    StructuredText(EncodedJson text) {
        this(text, null);
    }

    /** Writes the document as a JSON string, from its bytes quoted once. */
    public static final class Quoted extends StdSerializer<EncodedJson> {

        public Quoted() {
            super(EncodedJson.class);
        }

        @Override
        public void serialize(EncodedJson value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeString(value);
        }
    }
}
