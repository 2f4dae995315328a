package dev.notesmcp.adapter.http.mcp.tool;

import java.util.Objects;

/** What a tool call came to: a result for the model, or a failure it can read and correct. */
public sealed interface ToolOutcome {

    record Success(Object structuredContent) implements ToolOutcome {
        public Success {
            Objects.requireNonNull(structuredContent, "structuredContent");
        }
    }

    record Failure(String message) implements ToolOutcome {
        public Failure {
            Objects.requireNonNull(message, "message");
        }
    }

    static ToolOutcome success(Object structuredContent) {
        return new Success(structuredContent);
    }

    static ToolOutcome failure(String message) {
        return new Failure(message);
    }

    /** The single wording for a missing note, whether it never existed or belongs to someone else. */
    static ToolOutcome noteNotFound(String id) {
        return new Failure("No note with id " + id + ".");
    }
}
