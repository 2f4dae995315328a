package dev.notesmcp.adapter.http;

import dev.notesmcp.application.port.out.Metrics;
import dev.notesmcp.domain.oauth.OAuthErrorCode;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;

/** A {@link Metrics} that remembers what it was told, one line per report. */
public final class RecordingMetrics implements Metrics {

    private final List<String> reports = new CopyOnWriteArrayList<>();

    public List<String> reports() {
        return List.copyOf(reports);
    }

    /**
     * The reports once there are at least {@code count}: a request is reported after its answer is
     * sent, so the client may read the answer first (waits at most 5 s, then answers what there is).
     */
    public List<String> awaitReports(int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (reports.size() < count && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
        return reports();
    }

    @Override
    public void requestServed(String method, String route, int status, Duration duration) {
        reports.add("request " + method + " " + route + " " + status);
    }

    @Override
    public void toolCalled(String tool, ToolCallOutcome outcome, Duration duration) {
        reports.add("tool " + tool + " " + outcome);
    }

    @Override
    public void signIn(String provider, SignInOutcome outcome) {
        reports.add("sign-in " + provider + " " + outcome);
    }

    @Override
    public void tokenRequest(TokenOperation operation, Optional<OAuthErrorCode> error) {
        reports.add("token " + operation + " " + error.map(OAuthErrorCode::value).orElse("ok"));
    }

    @Override
    public StoreCallTimer storeCalls(String store, String operation) {
        return (duration, succeeded) -> reports.add("store " + store + "." + operation + " " + succeeded);
    }

    @Override
    public void auditEventDropped() {
        reports.add("audit dropped");
    }
}
