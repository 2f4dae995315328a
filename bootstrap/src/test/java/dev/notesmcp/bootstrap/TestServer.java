package dev.notesmcp.bootstrap;

import dev.notesmcp.adapter.github.fake.FakeGitHub;
import dev.notesmcp.bootstrap.config.Environment;
import dev.notesmcp.bootstrap.config.Settings;
import dev.notesmcp.bootstrap.config.SettingsLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** A real notes-mcp on a free loopback port, configured the way a user would: through variables. */
final class TestServer implements AutoCloseable {

    static final String SECRET = "e2e-secret-0123456789abcdef0123456789abcdef";

    private final NotesMcpServer server;
    private final Settings settings;

    private TestServer(NotesMcpServer server, Settings settings) {
        this.server = server;
        this.settings = settings;
    }

    static TestServer start() {
        return start(Map.of());
    }

    static TestServer start(Map<String, String> extraVariables) {
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
        int port = freePort();
        Map<String, String> variables = new HashMap<>(Map.of(
                "HOST", "127.0.0.1",
                "PORT", String.valueOf(port),
                "PUBLIC_URL", "http://localhost:" + port,
                "JWT_SIGNING_SECRET", SECRET,
                // Generous limits: the suites register many clients; RateLimitEndToEndTest checks the real ones.
                "RATE_LIMITS", "register=100000,authorize=100000,token=100000,revoke=100000"));
        variables.putAll(extraVariables);
        Settings settings = SettingsLoader.load(Environment.of(variables));
        return new TestServer(NotesMcpServer.start(settings, clock), settings);
    }

    /** Where the test reaches the server (the socket), which may differ from the public URL. */
    String baseUrl() {
        return "http://localhost:" + server.port();
    }

    String mcpUrl() {
        return baseUrl() + "/mcp";
    }

    Settings settings() {
        return settings;
    }

    Tokens tokens() {
        return new Tokens(settings.publicUrl().toString(), settings.mcpUrl().toString(), SECRET);
    }

    @Override
    public void close() {
        server.close();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
