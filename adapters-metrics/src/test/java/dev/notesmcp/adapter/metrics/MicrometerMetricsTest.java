package dev.notesmcp.adapter.metrics;

import dev.notesmcp.application.port.out.Metrics.SignInOutcome;
import dev.notesmcp.application.port.out.Metrics.StoreCallTimer;
import dev.notesmcp.application.port.out.Metrics.TokenOperation;
import dev.notesmcp.application.port.out.Metrics.ToolCallOutcome;
import dev.notesmcp.domain.oauth.OAuthErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MicrometerMetricsTest {

    private final MicrometerMetrics metrics = new MicrometerMetrics();

    @AfterEach
    void close() {
        metrics.close();
    }

    @Test
    void requestsAreCountedByRouteTemplateMethodAndStatus() {
        metrics.requestServed("GET", "/oauth/{provider}/callback", 302, Duration.ofMillis(3));
        metrics.requestServed("GET", "/oauth/{provider}/callback", 302, Duration.ofMillis(7));
        metrics.requestServed("POST", "/mcp", 401, Duration.ofMillis(1));

        assertThat(metrics.scrape())
                .contains("notes_mcp_http_requests_seconds_count{method=\"GET\",route=\"/oauth/{provider}/callback\",status=\"302\"} 2")
                .contains("notes_mcp_http_requests_seconds_count{method=\"POST\",route=\"/mcp\",status=\"401\"} 1")
                .contains("notes_mcp_http_requests_seconds_bucket{method=\"GET\",route=\"/oauth/{provider}/callback\",status=\"302\",le=\"0.005\"} 1");
    }

    @Test
    void aMethodOutsideTheStandardOnesIsOneSeries() {
        metrics.requestServed("BREW", "unmatched", 404, Duration.ZERO);
        metrics.requestServed("PROPFIND", "unmatched", 404, Duration.ZERO);

        assertThat(metrics.scrape())
                .contains("notes_mcp_http_requests_seconds_count{method=\"OTHER\",route=\"unmatched\",status=\"404\"} 2")
                .doesNotContain("BREW").doesNotContain("PROPFIND");
    }

    @Test
    void toolCallsHaveAHistogramPerToolAndEveryOutcomeFromTheFirstCall() {
        metrics.toolCalled("list_notes", ToolCallOutcome.OK, Duration.ofMillis(2));
        metrics.toolCalled("list_notes", ToolCallOutcome.OK, Duration.ofMillis(20));

        assertThat(metrics.scrape())
                .contains("notes_mcp_tool_calls_seconds_count{outcome=\"ok\",tool=\"list_notes\"} 2")
                .contains("notes_mcp_tool_calls_seconds_bucket{outcome=\"ok\",tool=\"list_notes\",le=\"0.005\"} 1")
                .contains("notes_mcp_tool_calls_seconds_bucket{outcome=\"ok\",tool=\"list_notes\",le=\"0.025\"} 2")
                .contains("notes_mcp_tool_calls_seconds_count{outcome=\"unavailable\",tool=\"list_notes\"} 0");
    }

    @Test
    void signInsAndTokenRequestsAreCountedByOutcome() {
        metrics.signIn("github", SignInOutcome.SUCCEEDED);
        metrics.signIn("github", SignInOutcome.REFUSED);
        metrics.tokenRequest(TokenOperation.AUTHORIZATION_CODE, Optional.empty());
        metrics.tokenRequest(TokenOperation.REFRESH_TOKEN, Optional.of(OAuthErrorCode.INVALID_GRANT));
        metrics.tokenRequest(TokenOperation.REVOCATION, Optional.empty());

        assertThat(metrics.scrape())
                .contains("notes_mcp_sign_ins_total{outcome=\"succeeded\",provider=\"github\"} 1")
                .contains("notes_mcp_sign_ins_total{outcome=\"refused\",provider=\"github\"} 1")
                .contains("notes_mcp_token_requests_total{grant=\"authorization_code\",outcome=\"issued\"} 1")
                .contains("notes_mcp_token_requests_total{grant=\"refresh_token\",outcome=\"invalid_grant\"} 1")
                .contains("notes_mcp_token_requests_total{grant=\"revocation\",outcome=\"revoked\"} 1");
    }

    @Test
    void storeCallsAreTimedBySuccess() {
        StoreCallTimer timer = metrics.storeCalls("NoteRepository", "list");
        timer.record(Duration.ofMillis(1), true);
        timer.record(Duration.ofMillis(1), false);
        timer.record(Duration.ofMillis(1), true);

        assertThat(metrics.scrape())
                .contains("notes_mcp_store_calls_seconds_count{operation=\"list\",outcome=\"ok\",store=\"NoteRepository\"} 2")
                .contains("notes_mcp_store_calls_seconds_count{operation=\"list\",outcome=\"error\",store=\"NoteRepository\"} 1");
    }

    @Test
    void droppedAuditEventsAreShownAtZeroAndCounted() {
        assertThat(metrics.scrape()).contains("notes_mcp_audit_events_dropped_total 0.0");

        metrics.auditEventDropped();

        assertThat(metrics.scrape()).contains("notes_mcp_audit_events_dropped_total 1.0");
    }

    @Test
    void theJvmIsMeasured() {
        assertThat(metrics.scrape())
                .contains("jvm_memory_used_bytes{")
                .contains("jvm_threads_live_threads")
                .contains("jvm_classes_loaded_classes")
                .contains("process_uptime_seconds");
    }
}
