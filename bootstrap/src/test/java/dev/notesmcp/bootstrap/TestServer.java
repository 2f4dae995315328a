package dev.notesmcp.bootstrap;

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
        return new TestServer(NotesMcpServer.start(settings, Clock.systemUTC()), settings);
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
