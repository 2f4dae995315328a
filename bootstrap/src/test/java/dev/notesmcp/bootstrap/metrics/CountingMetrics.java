package dev.notesmcp.bootstrap.metrics;

import dev.notesmcp.application.port.out.Metrics;
import dev.notesmcp.domain.oauth.OAuthErrorCode;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers the store calls and sign-ins it is told of, one line each. */
final class CountingMetrics implements Metrics {

    final List<String> reports = new CopyOnWriteArrayList<>();

    @Override
    public void requestServed(String method, String route, int status, Duration duration) {
    }

    @Override
    public void toolCalled(String tool, ToolCallOutcome outcome, Duration duration) {
    }

    @Override
    public void signIn(String provider, SignInOutcome outcome) {
        reports.add("sign-in " + provider + " " + outcome);
    }

    @Override
    public void tokenRequest(TokenOperation operation, Optional<OAuthErrorCode> error) {
    }

    @Override
    public StoreCallTimer storeCalls(String store, String operation) {
        return (duration, succeeded) -> reports.add(store + "." + operation + (succeeded ? " ok" : " error"));
    }

    @Override
    public void auditEventDropped() {
    }
}
