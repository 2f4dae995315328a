package dev.notesmcp.bootstrap.metrics;

import dev.notesmcp.adapter.http.errors.TransportErrors;
import dev.notesmcp.adapter.http.observe.MetricsEndpoint;
import dev.notesmcp.adapter.metrics.MicrometerMetrics;
import dev.notesmcp.application.port.out.Metrics;
import dev.notesmcp.bootstrap.config.ManagementListener;
import io.helidon.webserver.WebServer;

/**
 * The management listener ({@code MANAGEMENT_HOST}:{@code MANAGEMENT_PORT}) and the registry it
 * shows: a Helidon server of its own that serves {@code GET /metrics} and nothing else, so the
 * public port never does.
 */
public final class ManagementServer implements AutoCloseable {

    private final WebServer server;
    private final MicrometerMetrics metrics;
    private final int configuredPort;

    private ManagementServer(WebServer server, MicrometerMetrics metrics, int configuredPort) {
        this.server = server;
        this.metrics = metrics;
        this.configuredPort = configuredPort;
    }

    public static ManagementServer start(ManagementListener listener) {
        MicrometerMetrics metrics = new MicrometerMetrics();
        WebServer server = WebServer.builder()
                .host(listener.host())
                .port(listener.port())
                .featuresDiscoverServices(false)
                // Closed by the server's GracefulShutdown, after the public listener.
                .shutdownHook(false)
                .directHandlers(TransportErrors.directHandlers())
                .routing(routing -> routing.register(new MetricsEndpoint(metrics::scrape, MicrometerMetrics.CONTENT_TYPE)))
                .build()
                .start();
        return new ManagementServer(server, metrics, listener.port());
    }

    /** What the application reports to; this server shows it. */
    public Metrics metrics() {
        return metrics;
    }

    /** The port actually bound (the settings may ask for 0). */
    public int port() {
        int bound = server.port();
        return bound > 0 ? bound : configuredPort;
    }

    @Override
    public void close() {
        server.stop();
        metrics.close();
    }
}
