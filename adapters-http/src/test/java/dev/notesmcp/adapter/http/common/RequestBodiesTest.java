package dev.notesmcp.adapter.http.common;

import io.helidon.webserver.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The body comes back byte for byte, whether its length is declared, chunked, large or empty, over a real socket. */
class RequestBodiesTest {

    private static WebServer server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = WebServer.builder()
                .port(0)
                .featuresDiscoverServices(false)
                // Answers the hex of the bytes read, so invalid UTF-8 survives the round trip.
                .routing(routing -> routing.post("/echo", (request, response) ->
                        response.send(HexFormat.of().formatHex(RequestBodies.bytes(request)))))
                .build()
                .start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static String echo(HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/echo"))
                .POST(body).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void aDeclaredLengthBodyIsReadExactly() throws IOException, InterruptedException {
        byte[] body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(echo(HttpRequest.BodyPublishers.ofByteArray(body))).isEqualTo(HexFormat.of().formatHex(body));
    }

    @Test
    void invalidUtf8IsKeptAsBytes() throws IOException, InterruptedException {
        byte[] body = {'{', (byte) 0xff, (byte) 0xfe, '}'};

        assertThat(echo(HttpRequest.BodyPublishers.ofByteArray(body))).isEqualTo("7bfffe7d");
    }

    @Test
    void aChunkedBodyWithoutLengthIsReadWhole() throws IOException, InterruptedException {
        byte[] first = "{\"a\":".getBytes(StandardCharsets.UTF_8);
        byte[] second = "1}".getBytes(StandardCharsets.UTF_8);
        // No length known in advance: the JDK client sends it chunked.
        HttpRequest.BodyPublisher chunked = HttpRequest.BodyPublishers.ofByteArrays(List.of(first, second));

        assertThat(echo(chunked)).isEqualTo(HexFormat.of().formatHex("{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aBodyLargerThanTheExactReadLimitIsReadWhole() throws IOException, InterruptedException {
        byte[] body = new byte[RequestBodies.MAX_EXACT + 10];
        Arrays.fill(body, (byte) 'x');

        assertThat(echo(HttpRequest.BodyPublishers.ofByteArray(body))).isEqualTo(HexFormat.of().formatHex(body));
    }

    @Test
    void anEmptyBodyIsNoBytes() throws IOException, InterruptedException {
        assertThat(echo(HttpRequest.BodyPublishers.noBody())).isEmpty();
    }
}
