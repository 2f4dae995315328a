package dev.notesmcp.bootstrap;

import dev.notesmcp.adapter.github.fake.FakeGitHub;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.notesmcp.bootstrap.McpClients.call;
import static dev.notesmcp.bootstrap.McpClients.structured;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole dance exactly as an MCP client and a person's browser perform it, against the real
 * server signing in through an in-process fake GitHub: 401 → resource metadata → authorization
 * server metadata → registration → authorize → consent (form, CSRF token, cookie) → GitHub →
 * callback → token → the six tools.
 */
class OAuthFlowEndToEndTest {

    private static FakeGitHub gitHub;
    private static TestServer server;

    @BeforeAll
    static void start() {
        gitHub = FakeGitHub.start();
        server = TestServer.withGitHub(gitHub);
    }

    @AfterAll
    static void stop() {
        server.close();
        gitHub.close();
    }

    @Test
    void aClientDiscoversRegistersSignsTheUserInAndUsesEveryTool() {
        gitHub.signInAs(1001, "alice");
        SignInFlow.TokenPair tokens = signIn("alice's client");

        McpSyncClient alice = McpClients.connect(server, tokens.accessToken());
        CallToolResult created = call(alice, "create_note", Map.of("title", "From OAuth", "content", "hello",
                "tags", List.of("oauth")));
        assertThat(created.isError()).isFalse();
        String id = (String) structured(created).get("id");
        assertThat(structured(call(alice, "get_note", Map.of("id", id)))).containsEntry("title", "From OAuth");
        assertThat(structured(call(alice, "update_note", Map.of("id", id, "content", "hello again"))))
                .containsEntry("content", "hello again");
        assertThat(titles(structured(call(alice, "list_notes", Map.of())), "notes")).containsExactly("From OAuth");
        assertThat(titles(structured(call(alice, "search_notes", Map.of("query", "again"))), "results"))
                .containsExactly("From OAuth");
        call(alice, "create_note", Map.of("title", "Second"));
        assertThat(structured(call(alice, "delete_note", Map.of("id", id)))).containsEntry("deleted", true);

        gitHub.signInAs(2002, "bob");
        McpSyncClient bob = McpClients.connect(server, signIn("bob's client").accessToken());
        assertThat(titles(structured(call(bob, "list_notes", Map.of())), "notes")).isEmpty();
        assertThat(titles(structured(call(alice, "list_notes", Map.of())), "notes")).containsExactly("Second");
        alice.closeGracefully();
        bob.closeGracefully();
    }

    /** Every step a client and a browser take, each asserting what it promises (see {@link SignInFlow}). */
    private static SignInFlow.TokenPair signIn(String clientName) {
        return SignInFlow.discover(server, SignInFlow.gitHub(gitHub)).signIn(clientName);
    }

    @SuppressWarnings("unchecked")
    private static List<String> titles(Map<String, Object> document, String listName) {
        return ((List<Map<String, Object>>) document.get(listName)).stream()
                .map(note -> (String) note.get("title")).toList();
    }
}
