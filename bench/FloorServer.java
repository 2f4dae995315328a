import io.helidon.http.HeaderValues;
import io.helidon.webserver.WebServer;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The floor of bench/run floor: Helidon's WebServer alone, as notes-mcp configures it (no feature
 * discovery), answering {@code POST /mcp} and {@code GET /health} with bytes captured from the real
 * server. No gate, no JSON, no MCP SDK, no store, no access log: what is left is the HTTP stack, so
 * the gap between this server and notes-mcp under the same wrk load is what our code costs.
 *
 * <pre>java -cp 'bootstrap/target/libs/*' bench/FloorServer.java PORT MCP_ANSWER_FILE HEALTH_ANSWER_FILE</pre>
 */
public final class FloorServer {

    private FloorServer() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: java -cp 'bootstrap/target/libs/*' bench/FloorServer.java PORT MCP_ANSWER_FILE HEALTH_ANSWER_FILE");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        byte[] mcp = Files.readAllBytes(Path.of(args[1]));
        byte[] health = Files.readAllBytes(Path.of(args[2]));
        WebServer server = WebServer.builder()
                .host("127.0.0.1")
                .port(port)
                .featuresDiscoverServices(false)
                .routing(routing -> routing
                        .post("/mcp", (request, response) -> {
                            // Read the request as notes-mcp must (it parses it); the answer never depends on it.
                            request.content().as(byte[].class);
                            response.header(HeaderValues.CONTENT_TYPE_JSON).send(mcp);
                        })
                        .get("/health", (request, response) -> response.header(HeaderValues.CONTENT_TYPE_JSON).send(health)))
                .build()
                .start();
        System.out.println("floor server on 127.0.0.1:" + server.port() + ": POST /mcp " + mcp.length
                + " bytes, GET /health " + health.length + " bytes");
    }
}
