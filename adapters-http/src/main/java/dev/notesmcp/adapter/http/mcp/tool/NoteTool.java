package dev.notesmcp.adapter.http.mcp.tool;

import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.token.Scope;

/** One MCP tool over the notes use cases. */
public interface NoteTool {

    String name();

    String title();

    String description();

    /** The tool's input JSON Schema (draft 2020-12). */
    String inputSchema();

    /** The scope a token must carry to call this tool. */
    Scope requiredScope();

    /**
     * Runs the tool for {@code caller}. Invalid arguments may surface as
     * {@link dev.notesmcp.domain.InvalidValueException}; the catalog reports them as a failure.
     */
    ToolOutcome call(UserId caller, ToolArguments arguments);
}
