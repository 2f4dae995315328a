package dev.notesmcp.adapter.http.mcp.modern;

import dev.notesmcp.domain.token.ScopeShortfall;
import io.helidon.http.Status;

import java.util.Objects;

/** What the 2026-07-28 path answers; the endpoint writes it as it writes every other answer. */
public sealed interface ModernOutcome {

    /** A JSON body with this status. */
    record Answer(Status status, Object body) implements ModernOutcome {
        public Answer {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(body, "body");
        }
    }

    /** The tool needs scopes the token lacks: answered exactly as on the SDK-backed path (403). */
    record MissingScope(ScopeShortfall shortfall, Object id) implements ModernOutcome {
        public MissingScope {
            Objects.requireNonNull(shortfall, "shortfall");
        }
    }

    /** A notification: 202, no body. */
    record Accepted() implements ModernOutcome {
    }
}
