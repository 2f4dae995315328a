package dev.notesmcp.adapter.http.mcp.tool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** A tool of the catalog with the names of the arguments its input schema declares (every one it takes). */
record CatalogEntry(NoteTool tool, Set<String> argumentNames) {

    private static final ObjectMapper SCHEMA_READER = new ObjectMapper();

    CatalogEntry {
        Objects.requireNonNull(tool, "tool");
        argumentNames = Set.copyOf(argumentNames);
    }

    static CatalogEntry of(NoteTool tool) {
        return new CatalogEntry(tool, propertyNames(tool.definition().inputSchema()));
    }

    ToolDefinition definition() {
        return tool.definition();
    }

    /** The names under the input schema's {@code properties}. */
    private static Set<String> propertyNames(String inputSchema) {
        JsonNode schema;
        try {
            schema = SCHEMA_READER.readTree(inputSchema);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException("a tool's input schema is not JSON", e);
        }
        Set<String> names = new HashSet<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }
}
