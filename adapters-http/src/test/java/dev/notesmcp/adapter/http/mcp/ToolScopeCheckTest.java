package dev.notesmcp.adapter.http.mcp;

import dev.notesmcp.adapter.http.mcp.tool.CreateNoteTool;
import dev.notesmcp.adapter.http.mcp.tool.ListNotesTool;
import dev.notesmcp.adapter.http.mcp.tool.NoteToolCatalog;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.note.NotePage;
import dev.notesmcp.domain.token.AccessTokenClaims;
import dev.notesmcp.domain.token.Scope;
import dev.notesmcp.domain.token.ScopeShortfall;
import dev.notesmcp.domain.token.Scopes;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ToolScopeCheckTest {

    private static final NoteToolCatalog TOOLS = new NoteToolCatalog(List.of(
            new CreateNoteTool(command -> {
                throw new AssertionError("never called");
            }),
            new ListNotesTool(query -> new NotePage(List.of(), Optional.empty()))));
    private final ToolScopeCheck check = new ToolScopeCheck(TOOLS);

    private static AccessTokenClaims caller(Scopes scopes) {
        return new AccessTokenClaims("http://localhost", "http://localhost/mcp", new UserId("dev:alice"), "client",
                scopes, "jti", Instant.now(), Instant.now().plusSeconds(600), "alice");
    }

    private static IncomingMessage.Request call(int id, String tool) {
        return new IncomingMessage.Request(new JSONRPCRequest(McpSchema.JSONRPC_VERSION, McpSchema.METHOD_TOOLS_CALL,
                id, Map.of("name", tool, "arguments", Map.of())));
    }

    @Test
    void theCatalogsScopesAreEveryToolsScope() {
        assertThat(TOOLS.scopes()).isEqualTo(Scopes.all());
    }

    @Test
    void aToolTheTokenCoversHasNoShortfall() {
        assertThat(check.shortfall(call(1, "list_notes").request(), caller(Scopes.of(Scope.NOTES_READ)))).isEmpty();
        assertThat(check.shortfall(List.of(call(1, "list_notes"), call(2, "create_note")), caller(Scopes.all())))
                .isEmpty();
    }

    @Test
    void aSingleCallNamesItsMissingScopeAndKeepsWhatWasGranted() {
        Optional<ScopeShortfall> shortfall = check.shortfall(call(1, "create_note").request(),
                caller(Scopes.of(Scope.NOTES_READ)));

        assertThat(shortfall).contains(new ScopeShortfall(Scopes.of(Scope.NOTES_WRITE), Scopes.of(Scope.NOTES_READ)));
        assertThat(shortfall.orElseThrow().toRequest()).isEqualTo(Scopes.all());
    }

    /** SEP-2350: a batch needing notes:read and notes:write, from a token with neither, names both at once. */
    @Test
    void aBatchNamesEveryMissingScopeAtOnce() {
        Optional<ScopeShortfall> shortfall = check.shortfall(
                List.of(call(1, "list_notes"), call(2, "create_note"), call(3, "list_notes")), caller(Scopes.of()));

        assertThat(shortfall).contains(new ScopeShortfall(Scopes.all(), Scopes.of()));
    }
}
