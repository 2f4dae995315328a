package dev.notesmcp.adapter.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The request timers by route template, method and status. Each request finds its timer through
 * two map reads and an array slot — no key object, no lock; a timer is registered once, on the
 * first request of its kind. Routes are our templates and methods a fixed set, so the series stay
 * bounded whatever clients send.
 */
final class RequestTimers {

    private static final int LOWEST_STATUS = 100;
    private static final int STATUSES = 500; // 100 to 599

    private final MeterRegistry registry;
    private final Map<String, Map<String, AtomicReferenceArray<Timer>>> byRoute = new ConcurrentHashMap<>();

    RequestTimers(MeterRegistry registry) {
        this.registry = registry;
    }

    Timer timer(String method, String route, int status) {
        String knownMethod = knownMethod(method);
        Map<String, AtomicReferenceArray<Timer>> byMethod = byRoute.get(route);
        if (byMethod == null) {
            byMethod = byRoute.computeIfAbsent(route, any -> new ConcurrentHashMap<>());
        }
        AtomicReferenceArray<Timer> byStatus = byMethod.get(knownMethod);
        if (byStatus == null) {
            byStatus = byMethod.computeIfAbsent(knownMethod, any -> new AtomicReferenceArray<>(STATUSES));
        }
        int slot = Math.clamp(status - LOWEST_STATUS, 0, STATUSES - 1);
        Timer timer = byStatus.get(slot);
        if (timer == null) {
            // Registering twice at once is harmless: the registry answers the same meter for the same id.
            timer = Buckets.timer("notes.mcp.http.requests", "HTTP requests by route template, method and status")
                    .tag("method", knownMethod).tag("route", route).tag("status", String.valueOf(slot + LOWEST_STATUS))
                    .register(registry);
            byStatus.set(slot, timer);
        }
        return timer;
    }

    /** The standard methods as they are, anything else as {@code OTHER}: a client cannot add series. */
    static String knownMethod(String method) {
        return switch (method) {
            case "GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE", "CONNECT" -> method;
            default -> "OTHER";
        };
    }
}
