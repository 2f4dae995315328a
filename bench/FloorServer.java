import com.zaxxer.hikari.HikariDataSource;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.Handler;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;

/**
 * The floor of bench/run floor: Helidon's WebServer alone, as notes-mcp configures it (no feature
 * discovery), answering {@code POST /mcp} and {@code GET /health} with bytes captured from the real
 * server. No gate, no JSON, no MCP SDK, no store, no access log: what is left is the HTTP stack, so
 * the gap between this server and notes-mcp under the same wrk load is what our code costs.
 *
 * <p>Given a database too (bench/run sharedfloor), every {@code POST /mcp} first runs list_notes' own
 * statement on it as {@link JdbcFloor} does — HikariCP and pgJDBC, every column of every row read, at
 * most {@code pool size − 2} queries at once behind a fair semaphore, as notes-mcp's PostgresPool — and
 * then answers the same bytes: the stack's floor for one PostgreSQL round trip per call.
 *
 * <pre>java -cp 'bootstrap/target/libs/*' bench/FloorServer.java PORT MCP_ANSWER_FILE HEALTH_ANSWER_FILE [DATABASE_URL SCHEMA OWNER]</pre>
 */
public final class FloorServer {

    private static final int POOL_SIZE = 10; // notes-mcp's default DATABASE_POOL_SIZE

    private FloorServer() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3 && args.length != 6) {
            System.err.println("usage: java -cp 'bootstrap/target/libs/*' bench/FloorServer.java PORT MCP_ANSWER_FILE HEALTH_ANSWER_FILE [DATABASE_URL SCHEMA OWNER]");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        byte[] mcp = Files.readAllBytes(Path.of(args[1]));
        byte[] health = Files.readAllBytes(Path.of(args[2]));
        Handler answer = (request, response) -> {
            // Read the request as notes-mcp must (it parses it); the answer never depends on it.
            request.content().as(byte[].class);
            response.header(HeaderValues.CONTENT_TYPE_JSON).send(mcp);
        };
        String database = "";
        if (args.length == 6) {
            HikariDataSource pool = JdbcFloor.pool(URI.create(args[3]), args[4], POOL_SIZE);
            Semaphore permits = new Semaphore(POOL_SIZE - 2, true);
            String owner = args[5];
            Handler inMemory = answer;
            answer = (request, response) -> {
                permits.acquire();
                try {
                    JdbcFloor.page(pool, owner);
                } finally {
                    permits.release();
                }
                inMemory.handle(request, response);
            };
            database = ", each POST /mcp after list_notes' statement on " + args[4];
        }
        Handler mcpAnswer = answer;
        WebServer server = WebServer.builder()
                .host("127.0.0.1")
                .port(port)
                .featuresDiscoverServices(false)
                .routing(routing -> routing
                        .post("/mcp", mcpAnswer)
                        .get("/health", (request, response) -> response.header(HeaderValues.CONTENT_TYPE_JSON).send(health)))
                .build()
                .start();
        System.out.println("floor server on 127.0.0.1:" + server.port() + ": POST /mcp " + mcp.length
                + " bytes, GET /health " + health.length + " bytes" + database);
    }
}
