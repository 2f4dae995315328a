package dev.notesmcp.adapter.http.mcp.tool;

import dev.notesmcp.application.port.out.StoreUnavailableException;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.token.Scope;

import java.util.Map;

/**
 * A tool for tests outside this package: echoes its {@code text} (and {@code times}, and the caller),
 * or does what the text says: "refuse" (a tool error), "bug" (throws), "down" (a store outage).
 */
public final class EchoTool implements NoteTool {

    @Override
    public ToolDefinition definition() {
        return new ToolDefinition("echo", "Echo", "Echoes its text.",
                "{\"type\":\"object\",\"properties\":{\"text\":{\"type\":\"string\"},\"times\":{\"type\":\"integer\"}}}",
                Scope.NOTES_READ);
    }

    @Override
    public ToolOutcome call(UserId caller, ToolArguments arguments) {
        return switch (arguments.requiredString("text")) {
            case "refuse" -> ToolOutcome.failure("No note with id \"x\".");
            case "bug" -> throw new IllegalStateException("Cannot invoke \"Object.toString()\"");
            case "down" -> throw new StoreUnavailableException("the note store", null);
            case String text -> ToolOutcome.success(Map.of("text", text,
                    "times", arguments.optionalInteger("times").orElse(1), "by", caller.value()));
        };
    }
}
