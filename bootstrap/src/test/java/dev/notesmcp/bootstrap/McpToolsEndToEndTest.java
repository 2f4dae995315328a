package dev.notesmcp.bootstrap;

import dev.notesmcp.domain.token.Scope;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.McpHttpClientTransportAuthorizationException;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.notesmcp.bootstrap.McpClients.call;
import static dev.notesmcp.bootstrap.McpClients.structured;
import static dev.notesmcp.bootstrap.McpClients.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

/** The six notes tools over real HTTP, driven by the official MCP Java SDK client with a bearer token. */
class McpToolsEndToEndTest {

    private static TestServer server;

    private McpSyncClient alice;
    private McpSyncClient bob;

    @BeforeAll
    static void startServer() {
        server = TestServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void connect() {
        // Fresh users per test, so tests never see each other's notes.
        alice = McpClients.connect(server, server.tokens().forUser("github:alice-" + UUID.randomUUID()));
        bob = McpClients.connect(server, server.tokens().forUser("github:bob-" + UUID.randomUUID()));
    }

    @AfterEach
    void disconnect() {
        alice.closeGracefully();
        bob.closeGracefully();
    }

    @Test
    void initializeNegotiatesAProtocolVersionAndNamesTheServer() {
        McpSyncClient client = McpClients.connect(server, server.tokens().forUser("github:init"));
        McpSchema.InitializeResult result = client.initialize();

        assertThat(result.serverInfo().name()).isEqualTo("notes-mcp");
        assertThat(result.protocolVersion()).isIn("2025-03-26", "2025-06-18", "2025-11-25");
        assertThat(result.capabilities().tools()).isNotNull();
        client.closeGracefully();
    }

    @Test
    void listsTheSixToolsWithInputSchemas() {
        List<McpSchema.Tool> tools = alice.listTools().tools();

        assertThat(tools).extracting(McpSchema.Tool::name).containsExactlyInAnyOrder(
                "create_note", "list_notes", "get_note", "update_note", "delete_note", "search_notes");
        for (McpSchema.Tool tool : tools) {
            assertThat(tool.description()).isNotBlank();
            assertThat(tool.inputSchema()).containsEntry("type", "object").containsKey("properties");
        }
        McpSchema.Tool create = tools.stream().filter(t -> t.name().equals("create_note")).findFirst().orElseThrow();
        assertThat(create.inputSchema().get("required")).isEqualTo(List.of("title"));
    }

    @Test
    void createsAndReadsANoteWithTextAndStructuredContent() {
        CallToolResult created = call(alice, "create_note",
                Map.of("title", "Groceries", "content", "milk, eggs", "tags", List.of("home", "todo")));

        assertThat(created.isError()).isFalse();
        Map<String, Object> note = structured(created);
        assertThat(note).containsEntry("title", "Groceries").containsEntry("content", "milk, eggs")
                .containsEntry("tags", List.of("home", "todo")).containsKeys("id", "createdAt", "updatedAt");
        assertThat(text(created)).contains("\"title\":\"Groceries\"");

        CallToolResult fetched = call(alice, "get_note", Map.of("id", note.get("id")));
        assertThat(fetched.isError()).isFalse();
        assertThat(structured(fetched)).isEqualTo(note);
    }

    @Test
    void createWithoutTitleIsAToolErrorThatSaysWhatIsMissing() {
        CallToolResult result = call(alice, "create_note", Map.of("content", "no title"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("title");
    }

    @Test
    void createWithTooLongTitleIsAToolError() {
        CallToolResult result = call(alice, "create_note", Map.of("title", "x".repeat(201)));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("title");
    }

    @Test
    void createWithTooManyTagsIsAToolError() {
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            tags.add("tag" + i);
        }
        CallToolResult result = call(alice, "create_note", Map.of("title", "t", "tags", tags));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("tags");
    }

    @Test
    void createWithATagContainingSpacesIsAToolErrorFromTheDomainRules() {
        CallToolResult result = call(alice, "create_note", Map.of("title", "t", "tags", List.of("two words")));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("Invalid arguments").contains("tag");
    }

    @Test
    void storesHostileTextVerbatim() {
        String hostile = "'; DROP TABLE notes; -- \"quotes\" \\ back\\slash <script>alert(1)</script> "
                + "émoji 🎉 中文 \u202Eright-to-left " + "z".repeat(99_000);
        Map<String, Object> note = structured(call(alice, "create_note", Map.of("title", "hostile 🎉", "content", hostile)));

        Map<String, Object> fetched = structured(call(alice, "get_note", Map.of("id", note.get("id"))));
        assertThat(fetched.get("content")).isEqualTo(hostile);
        assertThat(fetched.get("title")).isEqualTo("hostile 🎉");
    }

    @Test
    void getOfAnUnknownIdIsAToolError() {
        CallToolResult result = call(alice, "get_note", Map.of("id", UUID.randomUUID().toString()));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).startsWith("No note with id");
    }

    @Test
    void getWithAMalformedIdIsAToolError() {
        CallToolResult result = call(alice, "get_note", Map.of("id", "not-an-id"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("id");
    }

    @Test
    void updatesOnlyWhatIsGiven() {
        Map<String, Object> note = structured(call(alice, "create_note",
                Map.of("title", "Draft", "content", "v1", "tags", List.of("a"))));

        CallToolResult updated = call(alice, "update_note", Map.of("id", note.get("id"), "content", "v2"));

        assertThat(updated.isError()).isFalse();
        assertThat(structured(updated)).containsEntry("title", "Draft").containsEntry("content", "v2")
                .containsEntry("tags", List.of("a"));
        assertThat((String) structured(updated).get("updatedAt"))
                .isGreaterThan((String) note.get("updatedAt"));
    }

    @Test
    void updateWithNothingToChangeIsAToolError() {
        Map<String, Object> note = structured(call(alice, "create_note", Map.of("title", "Draft")));

        CallToolResult result = call(alice, "update_note", Map.of("id", note.get("id")));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("at least one of title, content or tags");
    }

    @Test
    void updateOfAnUnknownNoteIsAToolError() {
        CallToolResult result = call(alice, "update_note", Map.of("id", UUID.randomUUID().toString(), "title", "x"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).startsWith("No note with id");
    }

    @Test
    void deletesANoteOnce() {
        Map<String, Object> note = structured(call(alice, "create_note", Map.of("title", "Temporary")));

        CallToolResult deleted = call(alice, "delete_note", Map.of("id", note.get("id")));
        assertThat(deleted.isError()).isFalse();
        assertThat(structured(deleted)).containsEntry("deleted", true);

        assertThat(call(alice, "get_note", Map.of("id", note.get("id"))).isError()).isTrue();
        CallToolResult again = call(alice, "delete_note", Map.of("id", note.get("id")));
        assertThat(again.isError()).isTrue();
        assertThat(text(again)).startsWith("No note with id");
    }

    @Test
    void listsNewestFirstAndFiltersByTag() {
        call(alice, "create_note", Map.of("title", "first", "tags", List.of("work")));
        call(alice, "create_note", Map.of("title", "second", "tags", List.of("home")));
        call(alice, "create_note", Map.of("title", "third", "tags", List.of("work")));

        assertThat(titles(structured(call(alice, "list_notes", Map.of())))).containsExactly("third", "second", "first");
        assertThat(titles(structured(call(alice, "list_notes", Map.of("tag", "work"))))).containsExactly("third", "first");
    }

    @Test
    void pagesThroughTwentyFiveNotesTenAtATime() {
        for (int i = 1; i <= 25; i++) {
            call(alice, "create_note", Map.of("title", "note " + i));
        }
        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, Object> arguments = new HashMap<>(Map.of("limit", 10));
            if (cursor != null) {
                arguments.put("cursor", cursor);
            }
            Map<String, Object> page = structured(call(alice, "list_notes", arguments));
            List<String> titles = titles(page);
            pageSizes.add(titles.size());
            seen.addAll(titles);
            cursor = (String) page.get("nextCursor");
        } while (cursor != null);

        assertThat(pageSizes).containsExactly(10, 10, 5);
        List<String> expected = new ArrayList<>();
        for (int i = 25; i >= 1; i--) {
            expected.add("note " + i);
        }
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void listWithAForgedCursorIsAToolError() {
        CallToolResult result = call(alice, "list_notes", Map.of("cursor", "not-a-cursor"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("cursor");
    }

    @Test
    void listWithALimitOutOfRangeIsAToolError() {
        CallToolResult result = call(alice, "list_notes", Map.of("limit", 101));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("limit");
    }

    @Test
    void searchRanksTitleMatchesFirst() {
        call(alice, "create_note", Map.of("title", "Shopping", "content", "buy a kayak paddle"));
        call(alice, "create_note", Map.of("title", "Kayak trip", "content", "lake, kayak, tent"));
        call(alice, "create_note", Map.of("title", "Unrelated", "content", "nothing here"));

        Map<String, Object> results = structured(call(alice, "search_notes", Map.of("query", "kayak")));

        assertThat(titlesOf(results, "results")).containsExactly("Kayak trip", "Shopping");
    }

    @Test
    void searchWithoutWordsIsAToolError() {
        CallToolResult result = call(alice, "search_notes", Map.of("query", "!!!"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("query");
    }

    @Test
    void anotherUsersNoteLooksExactlyLikeAMissingOne() {
        Map<String, Object> note = structured(call(alice, "create_note", Map.of("title", "Alice's secret")));
        Object id = note.get("id");
        String missingId = UUID.randomUUID().toString();

        assertThat(titles(structured(call(bob, "list_notes", Map.of())))).isEmpty();
        assertThat(titlesOf(structured(call(bob, "search_notes", Map.of("query", "secret"))), "results")).isEmpty();

        CallToolResult foreignGet = call(bob, "get_note", Map.of("id", id));
        CallToolResult missingGet = call(bob, "get_note", Map.of("id", missingId));
        assertThat(foreignGet.isError()).isTrue();
        assertThat(text(foreignGet).replace(id.toString(), "ID")).isEqualTo(text(missingGet).replace(missingId, "ID"));

        CallToolResult foreignUpdate = call(bob, "update_note", Map.of("id", id, "title", "mine now"));
        CallToolResult missingUpdate = call(bob, "update_note", Map.of("id", missingId, "title", "mine now"));
        assertThat(foreignUpdate.isError()).isTrue();
        assertThat(text(foreignUpdate).replace(id.toString(), "ID")).isEqualTo(text(missingUpdate).replace(missingId, "ID"));

        CallToolResult foreignDelete = call(bob, "delete_note", Map.of("id", id));
        assertThat(foreignDelete.isError()).isTrue();
        assertThat(text(foreignDelete).replace(id.toString(), "ID"))
                .isEqualTo(text(call(bob, "delete_note", Map.of("id", missingId))).replace(missingId, "ID"));

        // Alice's note is untouched by all of that.
        assertThat(structured(call(alice, "get_note", Map.of("id", id)))).containsEntry("title", "Alice's secret");
    }

    @Test
    void aReadOnlyTokenCanReadButTheWriteToolsAreRefused() {
        String user = "github:reader-" + UUID.randomUUID();
        McpSyncClient writer = McpClients.connect(server, server.tokens().forUser(user));
        call(writer, "create_note", Map.of("title", "readable"));
        McpSyncClient reader = McpClients.connect(server, server.tokens().forUser(user, Scope.NOTES_READ));

        assertThat(titles(structured(call(reader, "list_notes", Map.of())))).containsExactly("readable");
        assertThatThrownBy(() -> call(reader, "create_note", Map.of("title", "nope")))
                .isInstanceOfSatisfying(McpHttpClientTransportAuthorizationException.class, e -> {
                    assertThat(e.getResponseInfo().statusCode()).isEqualTo(403);
                    assertThat(e.getResponseInfo().headers().firstValue("WWW-Authenticate")).get(STRING)
                            .startsWith("Bearer error=\"insufficient_scope\", scope=\"notes:read notes:write\"");
                });
        assertThat(titles(structured(call(writer, "list_notes", Map.of())))).containsExactly("readable");
        writer.closeGracefully();
        reader.closeGracefully();
    }

    @SuppressWarnings("unchecked")
    private static List<String> titles(Map<String, Object> page) {
        return titlesOf(page, "notes");
    }

    @SuppressWarnings("unchecked")
    private static List<String> titlesOf(Map<String, Object> document, String listName) {
        return ((List<Map<String, Object>>) document.get(listName)).stream()
                .map(note -> (String) note.get("title")).toList();
    }

    @Test
    void anArgumentTheToolDoesNotTakeIsAToolErrorNamingTheOnesItDoes() {
        CallToolResult result = call(alice, "create_note", Map.of("title", "t", "colour", "red"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("colour").contains("content, tags, title");
    }

    @Test
    void anArgumentOfTheWrongTypeIsAToolError() {
        CallToolResult result = call(alice, "list_notes", Map.of("limit", "ten"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("limit").contains("whole number");
    }
}
