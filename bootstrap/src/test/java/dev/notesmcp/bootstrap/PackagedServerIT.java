package dev.notesmcp.bootstrap;

import dev.notesmcp.adapter.github.fake.FakeGitHub;
import dev.notesmcp.adapter.postgres.TestDatabase;
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

    @Test
    void theJarOnPostgresSurvivesARestartWithNothingLost() throws Exception {
        String databaseUrl = TestDatabase.serverUrl();
        String schema = "notes_mcp_it_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        int port = TestServer.freePort();
        Map<String, String> variables = Map.of("STORE", "postgres", "DATABASE_URL", databaseUrl,
                "DATABASE_SCHEMA", schema, "PORT", String.valueOf(port), "PUBLIC_URL", "http://localhost:" + port);
        String accessToken;
        try (TestServer first = TestServer.launchJar(JAR, variables)) {
            accessToken = SignInFlow.discover(first, SignInFlow.devLogin("durable")).signIn("jar client").accessToken();
            McpSyncClient client = McpClients.connect(first, accessToken);
            assertThat(call(client, "create_note", Map.of("title", "Before the restart")).isError()).isFalse();
            client.closeGracefully();
        }
        try (TestServer second = TestServer.launchJar(JAR, variables)) {
            McpSyncClient client = McpClients.connect(second, accessToken);
            assertThat(structured(call(client, "list_notes", Map.of())))
                    .extractingByKey("notes", InstanceOfAssertFactories.LIST).hasSize(1);
            client.closeGracefully();
        } finally {
            dropSchema(databaseUrl, schema);
        }
    }

    @Test
    void theJarRefusesToStartWhenTheIssuerNamesAnotherOneWithOneLineAndNoStackTrace() {
        try (DiscoveryDocument proxy = DiscoveryDocument.naming("/gitlab", "https://gitlab.example.com")) {
            TestServer.Exited exited = TestServer.runJarUntilItExits(JAR, Map.of("IDENTITY_PROVIDERS", "gitlab",
                    "GITLAB_CLIENT_ID", "gitlab-app", "GITLAB_CLIENT_SECRET", "gloas-packaged-secret",
                    "GITLAB_URL", proxy.issuer().toString()));

            assertThat(exited.exitCode()).as(exited.output()).isEqualTo(2);
            List<String> errors = exited.output().lines().filter(line -> line.contains(" SEVERE ")).toList();
            assertThat(errors).as(exited.output()).hasSize(2);
            assertThat(errors.get(0)).endsWith("notes-mcp cannot start; fix the configuration:");
            assertThat(errors.get(1)).endsWith("  GITLAB_URL is " + proxy.issuer() + " but the provider's discovery"
                    + " document at " + proxy.issuer() + "/.well-known/openid-configuration names its issuer"
                    + " https://gitlab.example.com; they must be identical (OpenID Connect Discovery 1.0, section 4.3): set"
                    + " GITLAB_URL to exactly the provider's issuer");
            assertThat(exited.output()).doesNotContain("Exception", "\tat ", "gloas-packaged-secret");
        }
    }

    private static void dropSchema(String databaseUrl, String schema) throws java.sql.SQLException {
        dev.notesmcp.adapter.postgres.DatabaseUrl url = dev.notesmcp.adapter.postgres.DatabaseUrl.parse(databaseUrl);
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url.jdbcUrl(),
                url.user().orElse(null), url.password().orElse(null));
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
