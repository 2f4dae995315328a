package dev.notesmcp.bootstrap;

import dev.notesmcp.adapter.postgres.DatabaseUrl;
import dev.notesmcp.bootstrap.KeepAliveCall.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGTERM in the middle of traffic on PostgreSQL loses nothing and cuts nothing short. The packaged
 * jar runs in its own process ({@link Process#destroy()} is SIGTERM on Linux).
 *
 * <p>"Never accepted", observably: the connection was refused, or it was closed or reset before a
 * single byte of an answer arrived, <em>and</em> the server kept no trace of the call (no note, no
 * {@code TOOL_CALLED} audit event) — so a client may safely send it again. Everything else must be a
 * complete {@code 200} JSON-RPC result. The process ends with 143 (128 + SIGTERM: the JVM's status
 * after its shutdown hooks ran for a SIGTERM) within {@code SHUTDOWN_GRACE} and a margin.
 */
class GracefulShutdownIT {

    private static final Path JAR = Path.of(System.getProperty("notes-mcp.jar", "target/notes-mcp.jar"));
    private static final int CLIENTS = 40;
    private static final int MAX_CALLS = 2_000;
    private static final int ANSWERS_BEFORE_SIGTERM = 50;
    private static final Duration GRACE = Duration.ofSeconds(10);
    private static final int SIGTERM_EXIT = 143;
    private static final String LIST_NOTES = """
            {"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"list_notes","arguments":{}}}""";
    private static final Pattern NOTE_ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final TestSchema schema = TestSchema.fresh("notes_mcp_shutdown_");
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void cleanUp() throws SQLException {
        started.forEach(Process::destroyForcibly);
        schema.drop();
    }

    @Test
    void everyCallIsAnsweredCompletelyOrNeverAcceptedAndEveryAnsweredWriteSurvivesARestart() throws Exception {
        int port = TestServer.freePort();
        Process server = launch(port);
        String token = tokens().forUser("github:shutdown");
        warmUp(port, token);
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch enoughAnswers = new CountDownLatch(ANSWERS_BEFORE_SIGTERM);
        Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
        Queue<String> notAnswered = new ConcurrentLinkedQueue<>();
        Queue<String> wrong = new ConcurrentLinkedQueue<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                try (KeepAliveCall connection = new KeepAliveCall(port)) {
                    for (int n = calls.incrementAndGet(); n <= MAX_CALLS; n = calls.incrementAndGet()) {
                        Outcome outcome = connection.post("/mcp", token, createNote(n));
                        switch (outcome) {
                            case Outcome.Answered answer when answer.status() == 200 && isResult(answer.body()) -> {
                                acknowledged.add(noteId(answer.body()));
                                enoughAnswers.countDown();
                            }
                            case Outcome.NotAnswered none -> {
                                notAnswered.add(none.how());
                                if (none.how().equals("refused")) {
                                    return;
                                }
                            }
                            default -> wrong.add("call " + n + ": " + outcome);
                        }
                    }
                }
            });
        }
        assertThat(enoughAnswers.await(30, TimeUnit.SECONDS)).as("the first answers").isTrue();
        server.destroy();
        clients.shutdown();
        assertThat(clients.awaitTermination(GRACE.toSeconds() + 20, TimeUnit.SECONDS)).as("clients done").isTrue();
        assertThat(server.waitFor(GRACE.toSeconds() + 10, TimeUnit.SECONDS)).as("the server exits within the grace")
                .isTrue();
        String log = Files.readString(logOf(port));

        assertThat(wrong).as("answers cut short, not 200, or not a result").isEmpty();
        assertThat(server.exitValue()).as(log).isEqualTo(SIGTERM_EXIT);
        assertThat(log).contains("shutdown: stopped accepting", "shutdown: audit trail flushed",
                "shutdown: stores and their pools closed", "shutdown: complete in");
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ANSWERS_BEFORE_SIGTERM).doesNotHaveDuplicates();
        // Nothing performed without an answer: as many notes and tool-call events as acknowledged calls.
        assertThat(count("SELECT count(*) FROM notes")).as("notes stored; not answered: " + notAnswered)
                .isEqualTo(acknowledged.size());
        assertThat(count("SELECT count(*) FROM audit_events WHERE kind = 'TOOL_CALLED' AND tool = 'create_note'"))
                .as("tool calls audited (the writer flushed before the pools closed)").isEqualTo(acknowledged.size());

        int restartPort = TestServer.freePort();
        launch(restartPort);
        try (KeepAliveCall connection = new KeepAliveCall(restartPort)) {
            for (String id : acknowledged) {
                Outcome outcome = connection.post("/mcp", token, """
                        {"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"get_note",\
                        "arguments":{"id":"%s"}}}""".formatted(id));
                assertThat(outcome).as("note " + id).isInstanceOfSatisfying(Outcome.Answered.class, answer -> {
                    assertThat(answer.status()).isEqualTo(200);
                    assertThat(answer.body()).contains(id).doesNotContain("\"isError\":true");
                });
            }
        }
    }

    /**
     * A request whose handler is reading its body when SIGTERM arrives (it asked for the body with
     * {@code 100 Continue}) and whose body arrives only once the listener refuses new connections is
     * still served: its answer is complete, and the connection then ends cleanly (end of stream).
     */
    @Test
    void aRequestAlreadyReadWhenSigtermArrivesIsAnsweredCompletely() throws Exception {
        int port = TestServer.freePort();
        Process server = launch(port);
        byte[] body = createNote(1).getBytes(StandardCharsets.UTF_8);
        KeepAliveCall call = new KeepAliveCall(port);
        Socket socket = call.connect();
        OutputStream out = socket.getOutputStream();
        out.write(("POST /mcp HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: Bearer "
                + tokens().forUser("github:in-flight") + "\r\nContent-Type: application/json\r\n"
                + "Accept: application/json, text/event-stream\r\nExpect: 100-continue\r\nContent-Length: "
                + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        assertThat(interimResponse(socket)).startsWith("HTTP/1.1 100");
        out.write(body, 0, 10);
        out.flush();

        server.destroy();
        awaitRefused(port);
        out.write(body, 10, body.length - 10);
        out.flush();

        assertThat(call.readAnswer()).isInstanceOfSatisfying(Outcome.Answered.class, answer -> {
            assertThat(answer.status()).isEqualTo(200);
            assertThat(isResult(answer.body())).as(answer.body()).isTrue();
        });
        assertThat(socket.getInputStream().read()).as("a clean end of stream after the answer").isEqualTo(-1);
        assertThat(server.waitFor(GRACE.toSeconds() + 10, TimeUnit.SECONDS)).isTrue();
        assertThat(server.exitValue()).isEqualTo(SIGTERM_EXIT);
        assertThat(count("SELECT count(*) FROM notes")).isEqualTo(1);
    }

    /**
     * Until 40 concurrent list_notes calls all succeed (the pool starts with 2 connections and a
     * loaded machine may time out the first requests with 503 while it grows): polling, bounded.
     */
    private static void warmUp(int port, String token) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            AtomicInteger ok = new AtomicInteger();
            try (ExecutorService round = Executors.newFixedThreadPool(CLIENTS)) {
                for (int c = 0; c < CLIENTS; c++) {
                    round.submit(() -> {
                        try (KeepAliveCall call = new KeepAliveCall(port)) {
                            if (call.post("/mcp", token, LIST_NOTES) instanceof Outcome.Answered answer
                                    && answer.status() == 200) {
                                ok.incrementAndGet();
                            }
                        }
                    });
                }
            }
            if (ok.get() == CLIENTS) {
                return;
            }
        }
        throw new AssertionError("the server never answered " + CLIENTS + " concurrent calls");
    }

    /** The head of the {@code 100 Continue} the server sends once a handler reads the body. */
    private static String interimResponse(Socket socket) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = socket.getInputStream().read();
            if (b == -1) {
                throw new AssertionError("closed before 100 Continue: " + head);
            }
            head.append((char) b);
        }
        return head.toString();
    }

    private Process launch(int port) throws IOException {
        Map<String, String> variables = new HashMap<>(schema.variables());
        variables.putAll(Map.of("HOST", "127.0.0.1", "PORT", String.valueOf(port),
                // One public URL across both processes: the tokens' audience.
                "PUBLIC_URL", "http://localhost:4711", "JWT_SIGNING_SECRET", TestServer.SECRET,
                "IDENTITY_PROVIDERS", "dev", "SHUTDOWN_GRACE", GRACE.toSeconds() + "s"));
        ProcessBuilder command = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logOf(port).toFile()));
        command.environment().clear();
        command.environment().putAll(variables);
        Process process = command.start();
        started.add(process);
        awaitHealthy(port, process);
        return process;
    }

    private static Tokens tokens() {
        return new Tokens("http://localhost:4711", "http://localhost:4711/mcp", TestServer.SECRET);
    }

    private static Path logOf(int port) {
        return JAR.resolveSibling("notes-mcp-shutdown-" + port + ".log");
    }

    private static String createNote(int n) {
        return """
                {"jsonrpc":"2.0","id":%d,"method":"tools/call","params":{"name":"create_note",\
                "arguments":{"title":"call %d","content":"written before or during the shutdown"}}}""".formatted(n, n);
    }

    private static boolean isResult(String body) {
        return body.contains("\"result\"") && !body.contains("\"isError\":true") && NOTE_ID.matcher(body).find();
    }

    private static String noteId(String body) {
        Matcher matcher = NOTE_ID.matcher(body);
        matcher.find();
        return matcher.group(1);
    }

    private long count(String sql) throws SQLException {
        DatabaseUrl url = DatabaseUrl.parse(schema.databaseUrl());
        try (Connection connection = DriverManager.getConnection(url.jdbcUrl(), url.user().orElse(null),
                url.password().orElse(null)); Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + schema.name());
            try (ResultSet rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void awaitHealthy(int port, Process process) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the server is running").isTrue();
            try {
                if (RawHttp.get("http://127.0.0.1:" + port + "/health").statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // still starting
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        throw new AssertionError("the server did not become healthy within 30 s");
    }

    /** Polls (a failure guard, not a timing assertion) until the listening socket is closed. */
    private static void awaitRefused(int port) throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
            } catch (ConnectException refused) {
                return;
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        throw new AssertionError("the listener still accepts connections 20 s after SIGTERM");
    }
}
