package dev.notesmcp.bootstrap;

import dev.notesmcp.adapter.http.common.HttpSettings;
import dev.notesmcp.adapter.http.WebApplication;
import dev.notesmcp.adapter.http.errors.TransportErrors;
import dev.notesmcp.adapter.http.framing.HttpHygiene;
import dev.notesmcp.application.port.out.Metrics;
import dev.notesmcp.bootstrap.config.InvalidSettingsException;
import dev.notesmcp.bootstrap.config.Settings;
import dev.notesmcp.bootstrap.metrics.ManagementServer;
import dev.notesmcp.bootstrap.metrics.TimedStores;
import dev.notesmcp.bootstrap.store.Stores;
import io.helidon.webserver.WebServer;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** A running notes-mcp: the application wired from settings, served by Helidon. */
public final class NotesMcpServer implements AutoCloseable {

    /**
     * Bodies beyond this are refused with 413 before they are read. A maximal note (100 000
     * characters, each escaped as {@code \\uXXXX} in JSON) stays well below it.
     */
    static final long MAX_REQUEST_BYTES = 1024 * 1024;

    /** A request body that sends nothing for this long is cut off (the connection is closed). */
    static final Duration READ_TIMEOUT = HttpHygiene.DEFAULT_READ_TIMEOUT;

    private final WebServer webServer;
    private final WebApplication web;
    private final Stores stores;
    private final ApplicationModule application;
    private final int configuredPort;
    private final Optional<ManagementServer> management;
    private final Draining draining;
    private final Duration shutdownGrace;

    private NotesMcpServer(WebServer webServer, WebApplication web, ApplicationModule application, Stores stores,
                           int configuredPort, Optional<ManagementServer> management, Draining draining,
                           Duration shutdownGrace) {
        this.webServer = webServer;
        this.draining = draining;
        this.shutdownGrace = shutdownGrace;
        this.management = management;
        this.web = web;
        this.stores = stores;
        this.application = application;
        this.configuredPort = configuredPort;
    }

    /** {@code auditOut} receives the JSON lines of {@code AUDIT_LOG=stdout|both} (Main passes standard output). */
    public static NotesMcpServer start(Settings settings, Clock clock, PrintStream auditOut) {
        return start(settings, clock, READ_TIMEOUT, auditOut);
    }

    static NotesMcpServer start(Settings settings, Clock clock, Duration readTimeout, PrintStream auditOut) {
        // Without MANAGEMENT_PORT nothing is measured: no registry, no timing wrappers.
        Optional<ManagementServer> management = settings.management().map(ManagementServer::start);
        Metrics metrics = management.map(ManagementServer::metrics).orElse(Metrics.none());
        Stores stores = Stores.open(settings.stores(), settings.idleClients(),
                settings.audit().destination().toStore() ? Optional.of(settings.audit().retention()) : Optional.empty(),
                clock);
        ApplicationModule application;
        try {
            application = new ApplicationModule(settings, TimedStores.of(stores, metrics), clock, metrics, auditOut);
        } catch (RuntimeException e) {
            // An identity provider that cannot be used stops the start: leave no pool, connection or listener open.
            stores.close();
            management.ifPresent(ManagementServer::close);
            throw e;
        }
        WebApplication web = new WebApplication(
                HttpSettings.of(settings.publicUrl(), settings.allowedOrigins(), settings.trustedProxies())
                        .withClientIdMetadataDocuments(settings.clientMetadataDocuments().enabled()),
                application.verifyAccessToken(),
                application.tools(),
                application.oauth(),
                Optional.of(application.account()),
                application.identityProviderPages(),
                CookieKeys.derive(settings.jwtSigningSecret()),
                stores.health(),
                Version.current(),
                metrics);
        Draining draining = new Draining();
        WebServer webServer = WebServer.builder()
                .host(settings.host())
                .port(settings.port())
                .maxPayloadSize(MAX_REQUEST_BYTES)
                // GracefulShutdown is the one hook; stop() waits this long for requests already read.
                .shutdownHook(false)
                .shutdownGracePeriod(settings.shutdownGrace())
                // Explicit wiring only: no feature may switch itself on from the classpath.
                .featuresDiscoverServices(false)
                // Transport-level errors (before routing) answer the same JSON as the error mapper.
                .directHandlers(TransportErrors.directHandlers())
                .routing(routing -> web.routing(routing.addFilter(draining.filter()), readTimeout))
                .build()
                .start();
        NotesMcpServer server = new NotesMcpServer(webServer, web, application, stores, settings.port(), management,
                draining, settings.shutdownGrace());
        if (!webServer.isRunning()) {
            // Helidon logs a failed bind and returns: without this the banner would announce a server that is not there.
            server.close();
            throw new InvalidSettingsException(List.of("PORT: nothing listens on " + settings.host() + ":"
                    + settings.port() + " (the port is in use, or HOST is not an address of this machine);"
                    + " stop what uses it, or set PORT (or HOST) to another value"));
        }
        return server;
    }

    /** The port actually bound (useful when the settings asked for port 0). */
    public int port() {
        // Helidon answers -1 while the listener is still settling; the configured port is then the truth.
        int bound = webServer.port();
        return bound > 0 ? bound : configuredPort;
    }

    /** The port {@code /metrics} is served on, when {@code MANAGEMENT_PORT} is set. */
    public OptionalInt managementPort() {
        return management.map(server -> OptionalInt.of(server.port())).orElseGet(OptionalInt::empty);
    }

    /**
     * In this order: Helidon closes the listening socket, lets every connection finish the request it
     * has read (answers from then on carry {@code Connection: close}) for at most {@code SHUTDOWN_GRACE},
     * and interrupts what is left; only then do the audit writer flush and the pools close, so no
     * handler still running can lose its store.
     */
    List<GracefulShutdown.Step> shutdownSteps() {
        return List.of(
                new GracefulShutdown.Step("stopped accepting and finished the requests in flight (grace "
                        + shutdownGrace.toSeconds() + " s)", () -> {
                    long deadline = System.nanoTime() + shutdownGrace.toNanos();
                    draining.begin();
                    webServer.stop();
                    draining.awaitNoRequests(deadline);
                }),
                new GracefulShutdown.Step("management listener closed",
                        () -> management.ifPresent(ManagementServer::close)),
                new GracefulShutdown.Step("web adapter closed", web::close),
                new GracefulShutdown.Step("audit trail flushed, key rotation and outbound clients stopped",
                        application::close),
                new GracefulShutdown.Step("stores and their pools closed", stores::close));
    }

    /** How long the first shutdown step lets the requests in flight finish ({@code SHUTDOWN_GRACE}). */
    Duration shutdownGrace() {
        return shutdownGrace;
    }

    @Override
    public void close() {
        GracefulShutdown.run(shutdownSteps(), false);
    }
}
