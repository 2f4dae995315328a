package dev.notesmcp.adapter.metrics.archfixture;

import io.micrometer.core.instrument.MeterRegistry;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/** Micrometer and the Prometheus client where they belong. */
public final class MetricsAdapterUsingMicrometer {

    public MeterRegistry micrometer() {
        return null;
    }

    public PrometheusRegistry prometheus() {
        return null;
    }
}
