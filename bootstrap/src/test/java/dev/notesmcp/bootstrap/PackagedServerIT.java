package dev.notesmcp.bootstrap;

import dev.notesmcp.adapter.github.fake.FakeGitHub;
import io.modelcontextprotocol.client.McpSyncClient;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.notesmcp.bootstrap.McpClients.call;
import static dev.notesmcp.bootstrap.McpClients.structured;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar, started with {@code java -jar} exactly as the README says, completes the
 * whole flow for a standard MCP client: with GitHub (the in-process fake) configured only by the
 * GITHUB_* variables and JWT_SIGNING_SECRET, and with the dev login on a loopback URL.
 * Runs in {@code verify}, after {@code package} has built the jar.
 */
class PackagedServerIT {

    private static final Path JAR = Path.of(System.getProperty("notes-mcp.jar", "target/notes-mcp.jar"));

    @Test
    void theJarSignsAGitHubUserInAndServesTheirNotes() {
        assertThat(Files.isRegularFile(JAR)).as("packaged jar at " + JAR.toAbsolutePath()).isTrue();
        try (FakeGitHub gitHub = FakeGitHub.start();
             TestServer server = TestServer.launchJar(JAR, TestServer.gitHubVariables(gitHub))) {
            gitHub.signInAs(31337, "packaged");
            SignInFlow flow = SignInFlow.discover(server, SignInFlow.gitHub(gitHub));
            SignInFlow.TokenPair tokens = flow.signIn("packaged client");

            McpSyncClient client = McpClients.connect(server, tokens.accessToken());
            call(client, "create_note", Map.of("title", "From the jar", "tags", List.of("it")));
            assertThat(structured(call(client, "list_notes", Map.of()))).extractingByKey("notes", InstanceOfAssertFactories.LIST)
                    .hasSize(1);
            client.closeGracefully();
        }
    }

    @Test
    void theJarWithTheDevLoginDoesTheSame() {
        try (TestServer server = TestServer.launchJar(JAR, Map.of())) {
            SignInFlow flow = SignInFlow.discover(server, SignInFlow.devLogin("newcomer"));
            SignInFlow.TokenPair tokens = flow.signIn("inspector");

            McpSyncClient client = McpClients.connect(server, tokens.accessToken());
            assertThat(call(client, "create_note", Map.of("title", "Hello")).isError()).isFalse();
            assertThat(structured(call(client, "search_notes", Map.of("query", "hello")))).extractingByKey("results",
                    InstanceOfAssertFactories.LIST).hasSize(1);
            client.closeGracefully();
        }
    }
}
