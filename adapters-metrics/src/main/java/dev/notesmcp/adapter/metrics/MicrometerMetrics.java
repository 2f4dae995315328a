package dev.notesmcp.adapter.metrics;

import dev.notesmcp.application.port.out.Metrics;
import dev.notesmcp.domain.oauth.OAuthErrorCode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link Metrics} port on a Micrometer Prometheus registry, with the JVM's binders (memory, GC,
 * threads, class loading, CPU, uptime). Meters on the hot paths (requests, tool calls) are looked
 * up in lock-free caches, so a request allocates no meter id; Micrometer writes the exposition text.
 */
public final class MicrometerMetrics implements Metrics, AutoCloseable {

    /** The Prometheus text format, version 0.0.4, that {@link #scrape()} writes. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final RequestTimers requests = new RequestTimers(registry);
    private final Map<String, Timer[]> toolCalls = new ConcurrentHashMap<>();
    private final Counter auditDropped;

    public MicrometerMetrics() {
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        auditDropped = Counter.builder("notes.mcp.audit.events.dropped")
                .description("Audit events dropped because the audit writer's queue was full")
                .register(registry);
    }

    /** Every meter in the Prometheus text format ({@link #CONTENT_TYPE}). */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void requestServed(String method, String route, int status, Duration duration) {
        requests.timer(method, route, status).record(duration);
    }

    @Override
    public void toolCalled(String tool, ToolCallOutcome outcome, Duration duration) {
        Timer[] byOutcome = toolCalls.get(tool);
        if (byOutcome == null) {
            byOutcome = toolCalls.computeIfAbsent(tool, this::toolTimers);
        }
        byOutcome[outcome.ordinal()].record(duration);
    }

    /** Every outcome at once, so a scrape shows each at zero before it first happens. */
    private Timer[] toolTimers(String tool) {
        ToolCallOutcome[] outcomes = ToolCallOutcome.values();
        Timer[] timers = new Timer[outcomes.length];
        for (ToolCallOutcome outcome : outcomes) {
            timers[outcome.ordinal()] = Buckets.timer("notes.mcp.tool.calls", "MCP tool calls by tool and outcome")
                    .tag("tool", tool).tag("outcome", label(outcome)).register(registry);
        }
        return timers;
    }

    @Override
    public void signIn(String provider, SignInOutcome outcome) {
        // Not a hot path (one per sign-in, behind the rate limit): a plain registry look-up.
        Counter.builder("notes.mcp.sign.ins").description("Upstream sign-ins by provider and outcome")
                .tag("provider", provider).tag("outcome", label(outcome)).register(registry).increment();
    }

    @Override
    public void tokenRequest(TokenOperation operation, Optional<OAuthErrorCode> error) {
        String success = operation == TokenOperation.REVOCATION ? "revoked" : "issued";
        Counter.builder("notes.mcp.token.requests")
                .description("Token and revocation requests by grant and outcome (an RFC 6749 error code when refused)")
                .tag("grant", label(operation)).tag("outcome", error.map(OAuthErrorCode::value).orElse(success))
                .register(registry).increment();
    }

    @Override
    public StoreCallTimer storeCalls(String store, String operation) {
        Timer ok = storeTimer(store, operation, "ok");
        Timer error = storeTimer(store, operation, "error");
        return (duration, succeeded) -> (succeeded ? ok : error).record(duration);
    }

    private Timer storeTimer(String store, String operation, String outcome) {
        return Buckets.timer("notes.mcp.store.calls", "Store calls by store port, operation and outcome")
                .tag("store", store).tag("operation", operation).tag("outcome", outcome).register(registry);
    }

    @Override
    public void auditEventDropped() {
        auditDropped.increment();
    }

    static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
