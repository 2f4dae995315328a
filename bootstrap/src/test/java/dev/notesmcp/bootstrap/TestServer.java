package dev.notesmcp.bootstrap;

import dev.notesmcp.adapter.github.fake.FakeGitHub;
import dev.notesmcp.bootstrap.config.Environment;
import dev.notesmcp.bootstrap.config.Settings;
import dev.notesmcp.bootstrap.config.SettingsLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.locks.LockSupport;

/** A real notes-mcp on a free loopback port, configured the way a user would: through variables. */
public final class TestServer implements AutoCloseable {

    public static final String SECRET = "e2e-secret-0123456789abcdef0123456789abcdef";

    private final AutoCloseable running;
    private final int port;
    private final Settings settings;
    private final OptionalInt managementPort;

    private TestServer(AutoCloseable running, int port, Settings settings, OptionalInt managementPort) {
        this.running = running;
        this.port = port;
        this.settings = settings;
        this.managementPort = managementPort;
    }

    static TestServer start() {
        return start(Map.of());
    }

    public static TestServer start(Map<String, String> extraVariables) {
        return start(extraVariables, Clock.systemUTC());
    }

    /** A server signing users in with the given fake GitHub, configured only by the GITHUB_* variables. */
    static TestServer withGitHub(FakeGitHub gitHub) {
        return withGitHub(gitHub, Clock.systemUTC());
    }

    static TestServer withGitHub(FakeGitHub gitHub, Clock clock) {
        return start(gitHubVariables(gitHub), clock);
    }

    static Map<String, String> gitHubVariables(FakeGitHub gitHub) {
        return Map.of(
                "GITHUB_CLIENT_ID", gitHub.clientId(),
                "GITHUB_CLIENT_SECRET", gitHub.clientSecret(),
                "GITHUB_URL", gitHub.webUrl().toString(),
                "GITHUB_API_URL", gitHub.apiUrl().toString());
    }

    /** A server whose every notion of "now" comes from {@code clock} (see {@link TestClock}). */
    static TestServer start(Map<String, String> extraVariables, Clock clock) {
        return start(extraVariables, clock, NotesMcpServer.READ_TIMEOUT);
    }

    /** A server that cuts off a request body stalling for longer than {@code readTimeout}. */
    static TestServer start(Map<String, String> extraVariables, Clock clock, Duration readTimeout) {
        Map<String, String> variables = variables(freePort(), extraVariables);
        Settings settings = SettingsLoader.load(Environment.of(variables));
        NotesMcpServer server = NotesMcpServer.start(settings, clock, readTimeout, System.out);
        return new TestServer(server, server.port(), settings, server.managementPort());
    }

    /**
     * The packaged server, {@code java -jar notes-mcp.jar}, as a user starts it: its own process,
     * configured only through environment variables. Returns once {@code /health} answers.
     */
    static TestServer launchJar(Path jar, Map<String, String> extraVariables) {
        Map<String, String> variables = variables(freePort(), extraVariables);
        // The caller may have chosen the port (to keep PUBLIC_URL across restarts).
        int port = Integer.parseInt(variables.get("PORT"));
        Settings settings = SettingsLoader.load(Environment.of(variables));
        ProcessBuilder command = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        jar.resolveSibling("notes-mcp-it-" + port + ".log").toFile()));
        command.environment().clear();
        command.environment().putAll(variables);
        try {
            Process process = command.start();
            TestServer server = new TestServer(() -> stop(process), port, settings, OptionalInt.empty());
            awaitHealthy(server, process);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a packaged server that stopped by itself left: its exit code and everything it printed. */
    record Exited(int exitCode, String output) {
    }

    /**
     * The packaged server started as {@link #launchJar} does, for a configuration it must refuse:
     * waits until the process ends by itself (at most 60 s) and returns what it printed.
     */
    static Exited runJarUntilItExits(Path jar, Map<String, String> extraVariables) {
        Map<String, String> variables = variables(freePort(), extraVariables);
        ProcessBuilder command = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString())
                .redirectErrorStream(true);
        command.environment().clear();
        command.environment().putAll(variables);
        try {
            Process process = command.start();
            process.getOutputStream().close();
            java.util.concurrent.CompletableFuture<String> output = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> readAll(process));
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("the packaged server kept running; output so far: " + output.getNow(""));
            }
            return new Exited(process.exitValue(), output.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String readAll(Process process) {
        try {
            return new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the process as a user would (SIGTERM, so the shutdown hook runs) and waits until the port is free. */
    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static void awaitHealthy(TestServer server, Process process) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the packaged server exited with " + process.exitValue());
            }
            try {
                if (RawHttp.get(server.baseUrl() + "/health").statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // still starting
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        process.destroy();
        throw new IllegalStateException("the packaged server did not become healthy within 30 s");
    }

    private static Map<String, String> variables(int port, Map<String, String> extraVariables) {
        Map<String, String> variables = new HashMap<>(Map.of(
                "HOST", "127.0.0.1",
                "PORT", String.valueOf(port),
                "PUBLIC_URL", "http://localhost:" + port,
                "JWT_SIGNING_SECRET", SECRET,
                // Generous limits: the suites register many clients; RateLimitEndToEndTest checks the real ones.
                "RATE_LIMITS", "register=100000,authorize=100000,token=100000,revoke=100000"));
        variables.putAll(extraVariables);
        return variables;
    }

    /** Where the test reaches the server (the socket), which may differ from the public URL. */
    public String baseUrl() {
        return "http://localhost:" + port;
    }

    String mcpUrl() {
        return baseUrl() + "/mcp";
    }

    Settings settings() {
        return settings;
    }

    /** Where {@code /metrics} is served (started in process with {@code MANAGEMENT_PORT}); no public URL leads there. */
    String metricsUrl() {
        return "http://127.0.0.1:" + managementPort.orElseThrow(() ->
                new IllegalStateException("started without MANAGEMENT_PORT")) + "/metrics";
    }

    public Tokens tokens() {
        return new Tokens(settings.publicUrl().toString(), settings.mcpUrl().toString(), SECRET);
    }

    @Override
    public void close() {
        try {
            running.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the server", e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
