package dev.notesmcp.bootstrap;

import dev.notesmcp.bootstrap.SignInFlow.TokenPair;
import io.modelcontextprotocol.client.McpSyncClient;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.notesmcp.bootstrap.McpClients.call;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code MANAGEMENT_PORT}, a whole sign-in and tool calls move the counters {@code /metrics}
 * shows there — requests by route template and status, tool calls, sign-ins, token requests,
 * store calls, the JVM — while the public port answers 404 for {@code /metrics}; and every request
 * leaves one access-log line without its query string, token or cookie.
 */
class MetricsEndToEndTest {

    private static final String CALLBACK = "notes_mcp_http_requests_seconds_count{method=\"GET\","
            + "route=\"/oauth/{provider}/callback\",status=\"302\"}";
    private static final String MCP_OK = "notes_mcp_http_requests_seconds_count{method=\"POST\",route=\"/mcp\",status=\"200\"}";
    private static final String CREATED = "notes_mcp_tool_calls_seconds_count{outcome=\"ok\",tool=\"create_note\"}";
    private static final String NOT_FOUND = "notes_mcp_tool_calls_seconds_count{outcome=\"tool_error\",tool=\"get_note\"}";
    private static final String SIGNED_IN = "notes_mcp_sign_ins_total{outcome=\"succeeded\",provider=\"dev\"}";
    private static final String ISSUED = "notes_mcp_token_requests_total{grant=\"authorization_code\",outcome=\"issued\"}";
    private static final String NOTES_STORED = "notes_mcp_store_calls_seconds_count{operation=\"add\",outcome=\"ok\","
            + "store=\"NoteRepository\"}";

    @Test
    void aFlowMovesTheCountersOnTheManagementPortAndOnlyThere() {
        try (CapturedLog log = CapturedLog.root();
             TestServer server = TestServer.start(Map.of("MANAGEMENT_PORT", "0"))) {
            String before = scrape(server);
            assertThat(value(before, SIGNED_IN)).isZero();
            assertThat(value(before, CREATED)).isZero();
            assertThat(RawHttp.get(server.baseUrl() + "/metrics?token=secret").statusCode()).isEqualTo(404);

            TokenPair ada = SignInFlow.discover(server, SignInFlow.devLogin("ada")).signIn("metrics client");
            McpSyncClient client = McpClients.connect(server, ada.accessToken());
            assertThat(call(client, "create_note", Map.of("title", "Counted")).isError()).isFalse();
            assertThat(call(client, "get_note", Map.of("id", "00000000-0000-0000-0000-000000000000")).isError()).isTrue();
            client.close();

            String after = scrape(server);
            assertThat(value(after, CALLBACK)).isEqualTo(1);
            assertThat(value(after, MCP_OK)).isGreaterThanOrEqualTo(3); // initialize and two tool calls, at least
            assertThat(value(after, CREATED)).isEqualTo(1);
            assertThat(value(after, NOT_FOUND)).isEqualTo(1);
            assertThat(value(after, SIGNED_IN)).isEqualTo(1);
            assertThat(value(after, ISSUED)).isEqualTo(1);
            assertThat(value(after, NOTES_STORED)).isGreaterThanOrEqualTo(1);
            assertThat(after).contains("notes_mcp_tool_calls_seconds_bucket{outcome=\"ok\",tool=\"create_note\",le=\"10.0\"} 1")
                    .contains("notes_mcp_audit_events_dropped_total 0.0")
                    .contains("jvm_memory_used_bytes{").contains("jvm_gc_").contains("jvm_threads_live_threads")
                    .doesNotContain(ada.accessToken());

            List<String> accessLines = log.records().stream().filter(record -> "dev.notesmcp.access".equals(record.getLoggerName()))
                    .map(LogRecord::getMessage).toList();
            assertThat(accessLines).anyMatch(line -> line.matches("GET /oauth/\\{provider}/callback 302 \\d+\\.\\dms 127\\.0\\.0\\.1"))
                    .anyMatch(line -> line.startsWith("POST /mcp 200 "))
                    .anyMatch(line -> line.startsWith("GET unmatched 404 "))
                    .allSatisfy(line -> assertThat(line).doesNotContain("?").doesNotContain("code=")
                            .doesNotContain("state").doesNotContain(ada.accessToken()).doesNotContain("Bearer"));
        }
    }

    @Test
    void withoutAManagementPortNothingServesMetrics() {
        try (TestServer server = TestServer.start()) {
            assertThat(RawHttp.get(server.baseUrl() + "/metrics").statusCode()).isEqualTo(404);
        }
    }

    private static String scrape(TestServer server) {
        HttpResponse<String> response = RawHttp.get(server.metricsUrl());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/plain; version=0.0.4");
        return response.body();
    }

    /** The sample's value, 0 when the series does not exist yet. */
    private static long value(String scrape, String series) {
        Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape);
        return sample.find() ? (long) Double.parseDouble(sample.group(1)) : 0;
    }
}
