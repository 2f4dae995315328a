package dev.notesmcp.adapter.http.observe;

import dev.notesmcp.adapter.http.RecordingMetrics;
import dev.notesmcp.adapter.http.clientaddress.ClientAddress;
import dev.notesmcp.adapter.http.clientaddress.ClientAddressFilter;
import dev.notesmcp.adapter.http.clientaddress.TrustedProxies;
import dev.notesmcp.adapter.http.errors.BoundedLog;
import dev.notesmcp.adapter.http.errors.ErrorMapper;
import io.helidon.webserver.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/** Every routed request is measured and logged by its route template and status, over a real socket. */
class RequestObserverTest {

    private static final Logger ACCESS_LOG = Logger.getLogger("dev.notesmcp.access");
    private static final List<String> LINES = new CopyOnWriteArrayList<>();
    private static final Handler CAPTURE = new Handler() {
        @Override
        public void publish(LogRecord record) {
            LINES.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private static RecordingMetrics metrics;
    private static WebServer server;

    @BeforeAll
    static void start() {
        ACCESS_LOG.addHandler(CAPTURE);
        metrics = new RecordingMetrics();
        server = WebServer.builder()
                .port(0)
                .featuresDiscoverServices(false)
                .routing(routing -> routing
                        .addFilter(new ClientAddressFilter(TrustedProxies.NONE))
                        .addFilter(new RequestObserver(metrics))
                        .error(Throwable.class, new ErrorMapper(BoundedLog.forClients(System.getLogger("test"))))
                        .get("/items/{id}", (request, response) -> response.status(201).send("item"))
                        .get("/broken", (request, response) -> {
                            throw new IllegalStateException("a bug");
                        }))
                .build()
                .start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        ACCESS_LOG.removeHandler(CAPTURE);
    }

    @BeforeEach
    void forget() {
        LINES.clear();
    }

    @Test
    void aRequestIsCountedByItsRouteTemplateNotItsPath() throws Exception {
        assertThat(get("/items/note-4711?code=secret-code&token=secret-token").statusCode()).isEqualTo(201);

        assertThat(metrics.awaitReports(1)).contains("request GET /items/{id} 201");
        assertThat(LINES).singleElement().asString()
                .matches("GET /items/\\{id} 201 \\d+\\.\\dms 127\\.0\\.0\\.1")
                .doesNotContain("note-4711").doesNotContain("secret");
    }

    @Test
    void anAnswerTheErrorMapperWritesIsCountedWithItsStatus() throws Exception {
        int before = metrics.reports().size();

        assertThat(get("/broken").statusCode()).isEqualTo(500);

        assertThat(metrics.awaitReports(before + 1)).contains("request GET /broken 500");
    }

    @Test
    void aPathNoRouteTakesIsOneSeriesWhateverThePath() throws Exception {
        int before = metrics.reports().size();

        assertThat(get("/anything/at/all-" + System.nanoTime()).statusCode()).isEqualTo(404);

        assertThat(metrics.awaitReports(before + 1)).contains("request GET unmatched 404");
    }

    @Test
    void theLogLineNamesMethodRouteStatusDurationAndClient() {
        assertThat(RequestObserver.line("POST", "/mcp", 200, 3_149_000, new ClientAddress("203.0.113.7")))
                .isEqualTo("POST /mcp 200 3.1ms 203.0.113.7");
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + server.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
