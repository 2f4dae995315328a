package dev.notesmcp.application.port.out;

import dev.notesmcp.domain.oauth.OAuthErrorCode;

import java.time.Duration;
import java.util.Optional;

/**
 * What the server counts and times for its operators ({@code /metrics} on {@code MANAGEMENT_PORT}).
 * Every label comes from a bounded set — a route template, never a raw path; a tool or provider we
 * configured; an enum — so no caller can grow the number of series. Implementations are cheap,
 * take no lock and never throw: reporting must not slow or fail the work it reports.
 */
public interface Metrics {

    /** One HTTP request answered: {@code route} is the matched template ({@code /oauth/{provider}/callback}). */
    void requestServed(String method, String route, int status, Duration duration);

    /** One MCP tool call, by tool and outcome. */
    void toolCalled(String tool, ToolCallOutcome outcome, Duration duration);

    /** One upstream sign-in answered by {@code provider}. */
    void signIn(String provider, SignInOutcome outcome);

    /** One token-endpoint or revocation request: empty {@code error} when tokens were issued or revoked. */
    void tokenRequest(TokenOperation operation, Optional<OAuthErrorCode> error);

    /** The timer of one store operation, resolved once at wiring time so each call only records. */
    StoreCallTimer storeCalls(String store, String operation);

    /**
     * An audit event the bounded audit writer had to drop (its queue was full). The audit trail
     * increments this; until it exists nothing does, and the counter stays at zero.
     */
    void auditEventDropped();

    /** Nothing reported: the server without {@code MANAGEMENT_PORT}, and tests. */
    static Metrics none() {
        return None.INSTANCE;
    }

    enum ToolCallOutcome {
        /** A result for the model. */
        OK,
        /** An {@code isError} result: bad arguments, a note not found. */
        TOOL_ERROR,
        /** A store was down (the client got 503). */
        UNAVAILABLE,
        /** An unexpected failure (the client got -32603). */
        FAILED
    }

    enum SignInOutcome { SUCCEEDED, REFUSED, FAILED }

    enum TokenOperation { AUTHORIZATION_CODE, REFRESH_TOKEN, REVOCATION }

    /** Records the calls of one store operation. */
    interface StoreCallTimer {
        void record(Duration duration, boolean succeeded);
    }

    /** The implementation that reports nothing. */
    enum None implements Metrics, StoreCallTimer {
        INSTANCE;

        @Override
        public void requestServed(String method, String route, int status, Duration duration) {
        }

        @Override
        public void toolCalled(String tool, ToolCallOutcome outcome, Duration duration) {
        }

        @Override
        public void signIn(String provider, SignInOutcome outcome) {
        }

        @Override
        public void tokenRequest(TokenOperation operation, Optional<OAuthErrorCode> error) {
        }

        @Override
        public StoreCallTimer storeCalls(String store, String operation) {
            return this;
        }

        @Override
        public void auditEventDropped() {
        }

        @Override
        public void record(Duration duration, boolean succeeded) {
        }
    }
}
