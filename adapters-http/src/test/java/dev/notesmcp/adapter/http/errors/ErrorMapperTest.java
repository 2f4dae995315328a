package dev.notesmcp.adapter.http.errors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notesmcp.adapter.http.framing.HttpHygiene;
import dev.notesmcp.application.port.out.StoreUnavailableException;
import io.helidon.http.BadRequestException;
import io.helidon.webserver.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.LogRecord;

import static org.assertj.core.api.Assertions.assertThat;

/** The one error mapper on a real routing: what clients see and what the log gets for each kind of failure. */
class ErrorMapperTest {

    private static final String INTERNALS = "connection to db-7.internal:5432 refused by pgbouncer";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static HttpClient http;
    private final CapturedLog log = CapturedLog.of(ErrorMapper.class.getName());
    private WebServer server;

    @BeforeAll
    static void client() {
        http = HttpClient.newHttpClient();
    }

    /** A server per test: each starts with a fresh log budget. */
    @BeforeEach
    void start() {
        server = WebServer.builder()
                .port(0)
                .featuresDiscoverServices(false)
                .routing(routing -> {
                    HttpHygiene.install(routing, Duration.ofSeconds(5));
                    routing.get("/bug", (request, response) -> {
                                throw new IllegalStateException(INTERNALS);
                            })
                            .get("/refused", (request, response) -> {
                                throw new BadRequestException(INTERNALS);
                            })
                            .get("/store", (request, response) -> {
                                throw new StoreUnavailableException("the note store", new IOException(INTERNALS));
                            });
                })
                .build()
                .start();
    }

    @AfterEach
    void stop() {
        server.stop();
        log.close();
    }

    @AfterAll
    static void closeClient() {
        http.close();
    }

    @Test
    void anUnexpectedExceptionIsAGeneric500LoggedOnceWithItsReference() throws Exception {
        HttpResponse<String> response = get("/bug");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).doesNotContain(INTERNALS).doesNotContain("IllegalStateException");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("error").asText()).isEqualTo("server_error");
        String reference = body.get("reference").asText();
        assertThat(log.records()).singleElement().satisfies(record -> {
            assertThat(record.getMessage()).contains("500 for GET /bug from ").contains(reference);
            // Our bug: the stack trace is worth having, once.
            assertThat(record.getThrown()).isInstanceOf(IllegalStateException.class);
        });
    }

    @Test
    void aClientErrorKeepsItsStatusWithoutInternalsOrStackTrace() throws Exception {
        HttpResponse<String> response = get("/refused");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("error").asText()).isEqualTo("invalid_request");
        assertThat(response.body()).doesNotContain(INTERNALS);
        assertThat(log.records()).extracting(LogRecord::getThrown).containsOnlyNulls();
    }

    @Test
    void anUnknownPathIsAJson404WithoutALogLine() throws Exception {
        HttpResponse<String> response = get("/nowhere");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).get("error").asText()).isEqualTo("not_found");
        assertThat(log.records()).isEmpty();
    }

    @Test
    void aStoreOutageIs503WithRetryAfterAndOneLineWithoutStackTrace() throws Exception {
        HttpResponse<String> response = get("/store");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue(String.valueOf(ErrorMapper.RETRY_AFTER_SECONDS));
        assertThat(JSON.readTree(response.body()).get("error").asText()).isEqualTo("temporarily_unavailable");
        assertThat(response.body()).doesNotContain(INTERNALS);
        assertThat(log.records()).singleElement().satisfies(record -> {
            assertThat(record.getMessage()).contains("the note store");
            assertThat(record.getThrown()).isNull();
        });
    }

    @Test
    void aClientThatKeepsFailingCannotFloodTheLog() throws Exception {
        for (int i = 0; i < 25; i++) {
            assertThat(get("/bug").statusCode()).isEqualTo(500);
        }

        // The budget of one client per window (ten lines) no matter how many requests failed.
        assertThat(log.records()).hasSize(10);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

}
