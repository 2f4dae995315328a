package dev.notesmcp.bootstrap;

import dev.notesmcp.bootstrap.RawConnection.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP/1.1 framing over raw sockets (RFC 9112 §6): a body the server did not read is never parsed
 * as a second request, broken framing is refused and the connection closed, and a body that stalls
 * is cut off by the read timeout.
 */
class HttpFramingEndToEndTest {

    /** A complete registration hidden in another request's body: it must never be executed. */
    private static final String REGISTRATION = "{\"redirect_uris\":[\"http://localhost:9/cb\"],\"client_name\":\"smuggled\"}";
    private static final String SMUGGLED = "POST /register HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            + "Content-Length: " + REGISTRATION.length() + "\r\n\r\n" + REGISTRATION;

    private static TestServer server;
    private static String token;

    @BeforeAll
    static void startServer() {
        server = TestServer.start();
        token = server.tokens().forUser("github:framing");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    /** Requests the server refuses before it reads their body, each as {@code path, extra headers, status}. */
    static Stream<org.junit.jupiter.params.provider.Arguments> earlyRefusals() {
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("/mcp", "Content-Type: application/json\r\n", 401),
                org.junit.jupiter.params.provider.Arguments.of("/mcp", "Authorization: Bearer TOKEN\r\nContent-Type: text/plain\r\n", 415),
                org.junit.jupiter.params.provider.Arguments.of("/mcp", "Authorization: Bearer TOKEN\r\nContent-Type: application/json\r\n"
                        + "MCP-Protocol-Version: 1999-01-01\r\n", 400),
                org.junit.jupiter.params.provider.Arguments.of("/register", "Content-Type: text/plain\r\n", 400),
                org.junit.jupiter.params.provider.Arguments.of("/token", "Content-Type: application/json\r\n", 400));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("earlyRefusals")
    void anUnreadBodyIsNeverParsedAsTheNextRequest(String path, String headers, int status) throws IOException {
        try (RawConnection connection = new RawConnection(server)) {
            connection.send("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + headers.replace("TOKEN", token) + "Content-Length: " + SMUGGLED.length() + "\r\n\r\n" + SMUGGLED);

            List<Response> responses = connection.readUntilClosed();

            assertThat(responses).extracting(Response::status).containsExactly(status);
        }
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("earlyRefusals")
    void onAKeptAliveConnectionTheNextRequestGetsItsOwnAnswer(String path, String headers, int status) throws IOException {
        try (RawConnection connection = new RawConnection(server)) {
            connection.send("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n" + headers.replace("TOKEN", token)
                    + "Content-Length: " + SMUGGLED.length() + "\r\n\r\n" + SMUGGLED
                    + "GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

            List<Response> responses = connection.readUntilClosed();

            assertThat(responses).extracting(Response::status).containsExactly(status, 200);
            assertThat(responses.get(1).body()).contains("\"status\"");
        }
    }

    @Test
    void aLateChunkedBodyAfterARefusalIsNotReadAsARequest() throws IOException {
        try (RawConnection connection = new RawConnection(server)) {
            connection.send("POST /mcp HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            assertThat(connection.readResponse().status()).isEqualTo(401);

            connection.send(Integer.toHexString(SMUGGLED.length()) + "\r\n" + SMUGGLED + "\r\n0\r\n\r\n");

            assertThat(connection.readUntilClosed()).isEmpty();
        }
    }

    @Test
    void aRefusalBeforeOneHundredContinueClosesInsteadOfWaitingForTheBody() throws IOException {
        try (RawConnection connection = new RawConnection(server)) {
            connection.send("POST /mcp HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Expect: 100-continue\r\nContent-Length: " + SMUGGLED.length() + "\r\n\r\n");

            List<Response> responses = connection.readUntilClosed();

            assertThat(responses).extracting(Response::status).containsExactly(401);
        }
    }

    @Test
    void contentLengthTogetherWithTransferEncodingIsRefusedAndTheConnectionClosed() throws IOException {
        try (RawConnection connection = new RawConnection(server)) {
            String chunked = Integer.toHexString(REGISTRATION.length()) + "\r\n" + REGISTRATION + "\r\n0\r\n\r\n";
            connection.send("POST /register HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + chunked.length() + "\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked);

            List<Response> responses = connection.readUntilClosed();

            assertThat(responses).extracting(Response::status).containsExactly(400);
            assertJsonError(responses.getFirst());
        }
    }

    @Test
    void aNegativeContentLengthIsRefusedAtOnce() throws IOException {
        try (RawConnection connection = new RawConnection(server)) {
            connection.send("POST /register HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: -1\r\n\r\n" + REGISTRATION);

            List<Response> responses = connection.readUntilClosed();

            assertThat(responses).extracting(Response::status).containsExactly(400);
            assertJsonError(responses.getFirst());
        }
    }

    @Test
    void errorsHelidonFindsBeforeRoutingAreJsonToo() throws IOException {
        try (RawConnection connection = new RawConnection(server)) {
            connection.send("POST /register HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: abc\r\n\r\n" + SMUGGLED);

            List<Response> responses = connection.readUntilClosed();

            assertThat(responses).extracting(Response::status).containsExactly(400);
            assertJsonError(responses.getFirst());
        }
    }

    @Test
    void anUnknownTransferEncodingIsNotImplemented() throws IOException {
        try (RawConnection connection = new RawConnection(server)) {
            connection.send("POST /register HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: xchunked\r\n\r\n" + SMUGGLED);

            List<Response> responses = connection.readUntilClosed();

            assertThat(responses).extracting(Response::status).containsExactly(501);
            assertJsonError(responses.getFirst());
        }
    }

    @Test
    void aMalformedChunkSizeIsABadRequestWithoutInternals() throws IOException {
        try (RawConnection connection = new RawConnection(server)) {
            connection.send("POST /register HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\nzz\r\n" + REGISTRATION + "\r\n0\r\n\r\n");

            List<Response> responses = connection.readUntilClosed();

            assertThat(responses).extracting(Response::status).containsExactly(400);
            assertJsonError(responses.getFirst());
        }
    }

    @Test
    void theConnectionIsClosedAfterAnsweringConnectionClose() throws IOException {
        try (RawConnection connection = new RawConnection(server)) {
            connection.send("GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

            Response response = connection.readResponse();
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("Connection")).isEqualToIgnoringCase("close");

            assertThat(connection.readUntilClosed()).isEmpty();
        }
    }

    @Test
    void aChunkedBodyThatNeverEndsIsCutOffByTheReadTimeout() throws IOException {
        try (TestServer impatient = TestServer.start(Map.of(), Clock.systemUTC(), Duration.ofMillis(300));
             RawConnection connection = new RawConnection(impatient)) {
            connection.send("POST /register HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n5\r\n{\"red\r\n");

            // Whatever it answers first (if anything), the server must hang up instead of waiting forever.
            assertThat(connection.readUntilClosed()).allSatisfy(response -> assertThat(response.status()).isGreaterThanOrEqualTo(400));
        }
    }

    @Test
    void hostileFramingWritesNoStackTraceToTheLog() throws IOException {
        List<java.util.logging.LogRecord> records;
        // A short read timeout: the bodies that stop halfway are cut off (and logged) at once.
        try (CapturedLog log = CapturedLog.root();
             TestServer impatient = TestServer.start(Map.of(), Clock.systemUTC(), Duration.ofMillis(300))) {
            for (String hostile : List.of(
                    "POST /register HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nx\r\n0\r\n\r\n",
                    "POST /register HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n5;x\r\nhello\r\n0\r\n\r\n",
                    "POST /register HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: xchunked\r\n\r\nhello",
                    "POST /mcp HTTP/1.1\r\nHost: localhost\r\nContent-Length: abc\r\n\r\n",
                    "POST /mcp HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
                    "GET /health HTTP/1.1\r\nHost: localhost:x\r\n\r\n",
                    "GET /health HTTP/1.1\nHost: localhost\n\n",
                    "GET /health HTTP/1.1\r\nHost localhost\r\n\r\n",
                    "GET /health HTTP/1.1\r\nHost: localhost\r\nX-Bad: \u0001\r\n\r\n",
                    "GET /health HTTP/1.1\r\nHost: localhost\r\nX-Long: " + "a".repeat(20_000) + "\r\n\r\n",
                    "GET /%zz HTTP/1.1\r\nHost: localhost\r\n\r\n",
                    "GET /health?a=%zz HTTP/1.1\r\nHost: localhost\r\n\r\n",
                    "GET /health HTTP/1.1\r\n\r\n",
                    "GET /health HTTP/1.0\r\n\r\n",
                    "GET /health HTTP/9.9\r\nHost: localhost\r\n\r\n",
                    "POST /mcp HTTP/1.1\r\nHost: localhost\r\nContent-Length: 99999999999999999999\r\n\r\n",
                    "POST /mcp HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n\r\nab",
                    "POST /register HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Transfer-Encoding: chunked\r\n\r\n5\r\nab",
                    "NOT-HTTP\r\n\r\n")) {
                for (int i = 0; i < 3; i++) {
                    try (RawConnection connection = new RawConnection(impatient)) {
                        // Only the log matters here (the answers are checked above): one answer, or none.
                        connection.send(hostile).readResponse();
                    } catch (java.io.UncheckedIOException noAnswer) {
                        // closed without an answer
                    }
                }
            }
            records = log.records();
        }

        assertThat(records).allSatisfy(record -> assertThat(record.getThrown())
                .as("stack trace logged for %s", record.getMessage()).isNull());
    }

    private static void assertJsonError(Response response) {
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.body()).contains("\"error\"")
                .doesNotContain("Exception").doesNotContain("For input string").doesNotContain("No entity");
        assertThat(response.body().getBytes(StandardCharsets.UTF_8)).hasSizeLessThan(1024);
    }
}
