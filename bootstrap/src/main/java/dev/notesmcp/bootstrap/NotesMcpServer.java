package dev.notesmcp.bootstrap;

import dev.notesmcp.adapter.http.common.HttpSettings;
import dev.notesmcp.adapter.http.WebApplication;
import dev.notesmcp.adapter.http.health.HealthIndicator;
import dev.notesmcp.bootstrap.config.Settings;
import io.helidon.webserver.WebServer;

import java.time.Clock;
import java.util.List;

/** A running notes-mcp: the application wired from settings, served by Helidon. */
public final class NotesMcpServer implements AutoCloseable {

    /**
     * Bodies beyond this are refused with 413 before they are read. A maximal note (100 000
     * characters, each escaped as {@code \\uXXXX} in JSON) stays well below it.
     */
    static final long MAX_REQUEST_BYTES = 1024 * 1024;

    private final WebServer webServer;
    private final WebApplication web;

    private NotesMcpServer(WebServer webServer, WebApplication web) {
        this.webServer = webServer;
        this.web = web;
    }

    public static NotesMcpServer start(Settings settings, Clock clock) {
        ApplicationModule application = new ApplicationModule(settings, clock);
        WebApplication web = new WebApplication(
                HttpSettings.of(settings.publicUrl(), settings.allowedOrigins()),
                application.verifyAccessToken(),
                application.tools(),
                application.oauth(),
                application.identityProviderName(),
                application.devLogin(),
                CookieKeys.derive(settings.jwtSigningSecret()),
                List.of(memoryStore("notes")),
                Version.current());
        WebServer webServer = WebServer.builder()
                .host(settings.host())
                .port(settings.port())
                .maxPayloadSize(MAX_REQUEST_BYTES)
                // Explicit wiring only: no feature may switch itself on from the classpath.
                .featuresDiscoverServices(false)
                .routing(web::routing)
                .build()
                .start();
        return new NotesMcpServer(webServer, web);
    }

    /** The port actually bound (useful when the settings asked for port 0). */
    public int port() {
        return webServer.port();
    }

    @Override
    public void close() {
        webServer.stop();
        web.close();
    }

    private static HealthIndicator memoryStore(String name) {
        return new HealthIndicator() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String kind() {
                return "memory";
            }

            @Override
            public boolean isUp() {
                return true;
            }
        };
    }
}
