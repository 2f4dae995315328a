package dev.notesmcp.adapter.http.mcp.tool;

import dev.notesmcp.domain.identity.UserId;

/** One MCP tool over the notes use cases. */
public interface NoteTool {

    /** Its name, title, description, input schema and required scope. */
    ToolDefinition definition();

    /**
     * Runs the tool for {@code caller}. Invalid arguments may surface as
     * {@link dev.notesmcp.domain.InvalidValueException}; the catalog reports them as a failure.
     */
    ToolOutcome call(UserId caller, ToolArguments arguments);
}
