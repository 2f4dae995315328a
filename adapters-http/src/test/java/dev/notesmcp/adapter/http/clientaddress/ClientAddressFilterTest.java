package dev.notesmcp.adapter.http.clientaddress;

import dev.notesmcp.domain.audit.AuditDetail;
import dev.notesmcp.domain.audit.AuditEvent;
import dev.notesmcp.domain.audit.AuditEventKind;
import io.helidon.webserver.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The filter on a real socket: the address it resolves is what {@link ClientAddress#of} gives every handler. */
class ClientAddressFilterTest {

    /** The events the trusting server's handler records, as a use case would, during each request. */
    private static final List<AuditEvent> RECORDED = new CopyOnWriteArrayList<>();

    private static WebServer trusting;
    private static WebServer unfiltered;

    @BeforeAll
    static void start() {
        trusting = WebServer.builder().host("127.0.0.1").port(0)
                .routing(routing -> routing
                        .addFilter(new ClientAddressFilter(new TrustedProxies(List.of(CidrBlock.parse("127.0.0.1")))))
                        .get("/", (request, response) -> {
                            RECORDED.add(AuditAddress.stamp(AuditEvent.of(Instant.now(), AuditEventKind.TOOL_CALLED)));
                            response.send(ClientAddress.of(request).value());
                        }))
                .build().start();
        unfiltered = WebServer.builder().host("127.0.0.1").port(0)
                .routing(routing -> routing.get("/", (request, response) -> response.send(ClientAddress.of(request).value())))
                .build().start();
    }

    @AfterAll
    static void stop() {
        trusting.stop();
        unfiltered.stop();
    }

    @Test
    void severalHeaderLinesAreReadInTheOrderReceived() throws IOException {
        assertThat(get(trusting, "X-Forwarded-For: 198.51.100.1\r\nX-Forwarded-For: 203.0.113.7, 127.0.0.1\r\n"))
                .isEqualTo("203.0.113.7");
        assertThat(get(trusting, "Forwarded: for=198.51.100.1\r\nForwarded: for=\"[2001:db8::7]:4711\"\r\n"))
                .isEqualTo("2001:db8:0:0:0:0:0:7");
    }

    @Test
    void theAuditEventsARequestRecordsCarryItsAddressAndNoOtherEventDoes() throws IOException {
        get(trusting, "X-Forwarded-For: 203.0.113.7, 127.0.0.1\r\n");
        assertThat(RECORDED.getLast().detail(AuditDetail.CLIENT_ADDRESS)).contains("203.0.113.7");
        get(trusting, "");
        assertThat(RECORDED.getLast().detail(AuditDetail.CLIENT_ADDRESS)).contains("127.0.0.1");

        AuditEvent outside = AuditAddress.stamp(AuditEvent.of(Instant.now(), AuditEventKind.GRANT_REVOKED));

        assertThat(outside.detail(AuditDetail.CLIENT_ADDRESS)).as("outside a request").isEmpty();
    }

    @Test
    void withoutHeadersItIsThePeer() throws IOException {
        assertThat(get(trusting, "")).isEqualTo("127.0.0.1");
    }

    @Test
    void withoutTheFilterEveryoneIsThePeer() throws IOException {
        assertThat(get(unfiltered, "X-Forwarded-For: 203.0.113.7\r\n")).isEqualTo("127.0.0.1");
    }

    /** The response body of a GET with the given header lines, sent byte for byte. */
    private static String get(WebServer server, String headerLines) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET / HTTP/1.1\r\nHost: localhost\r\n" + headerLines + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                head.append((char) in.read());
            }
            assertThat(head.toString()).startsWith("HTTP/1.1 200");
            Matcher length = Pattern.compile("(?i)content-length: *([0-9]+)").matcher(head);
            assertThat(length.find()).as("a Content-Length in %s", head).isTrue();
            return new String(in.readNBytes(Integer.parseInt(length.group(1))), StandardCharsets.US_ASCII);
        }
    }
}
