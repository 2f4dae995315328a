package dev.notesmcp.adapter.http.mcp.tool;

import dev.notesmcp.domain.token.Scope;

import java.util.Objects;

/**
 * What a client sees of a tool before calling it: name, title, description, the JSON Schema
 * (draft 2020-12) of its input, and the scope a token needs to call it.
 */
public record ToolDefinition(String name, String title, String description, String inputSchema, Scope requiredScope) {

    public ToolDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(inputSchema, "inputSchema");
        Objects.requireNonNull(requiredScope, "requiredScope");
    }
}
