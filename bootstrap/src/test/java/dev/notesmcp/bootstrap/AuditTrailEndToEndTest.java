package dev.notesmcp.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notesmcp.bootstrap.SignInFlow.TokenPair;
import dev.notesmcp.bootstrap.admin.AdminOutcome;
import dev.notesmcp.bootstrap.config.Environment;
import dev.notesmcp.bootstrap.config.SettingsLoader;
import io.modelcontextprotocol.client.McpSyncClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.notesmcp.bootstrap.McpClients.call;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Who called what", on PostgreSQL, read back as an operator does: {@code admin audit --json},
 * run in-process on the server's own settings. Ada registers a confidential client, signs in
 * through the dev login, calls tools; Bob signs in through the same client; two hours later Ada
 * refreshes and revokes. The trail holds exactly those steps, event by event, filtered by
 * {@code --client}, {@code --user}, {@code --since} and {@code --limit}, and none of the secrets or
 * note text that went by. Uses the test PostgreSQL ({@code TestDatabase}), in a fresh schema.
 */
class AuditTrailEndToEndTest {

    private static final TestSchema SCHEMA = TestSchema.fresh("notes_mcp_audit_");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The writer is asynchronous: the trail is read again until its last step is there. */
    private static final Duration AT_MOST = Duration.ofSeconds(20);
    private static final TestClock CLOCK = new TestClock();

    private static TestServer server;

    @BeforeAll
    static void start() {
        Map<String, String> variables = new HashMap<>(SCHEMA.variables());
        variables.put("AUDIT_LOG", "both");
        server = TestServer.start(variables, CLOCK);
    }

    @AfterAll
    static void stop() throws SQLException {
        server.close();
        SCHEMA.drop();
    }

    private static AdminOutcome admin(String... arguments) {
        return AdminCommand.run(server.settings(), List.of(arguments), CLOCK);
    }

    /** {@code admin audit … --json}, newest first as printed, checked to be done. */
    private static JsonNode audit(String... options) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("audit"));
        arguments.addAll(List.of(options));
        arguments.add("--json");
        AdminOutcome outcome = admin(arguments.toArray(String[]::new));
        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(AdminOutcome.DONE);
        return JSON.readTree(outcome.message());
    }

    /** Each event as {@code kind user tool outcome}, oldest first, for an event-by-event comparison. */
    private static List<String> steps(JsonNode newestFirst) {
        List<String> steps = new ArrayList<>();
        newestFirst.forEach(event -> steps.addFirst(String.join(" ", event.get("audit").asText(),
                event.path("user").asText("-"), event.path("tool").asText("-"), event.path("outcome").asText("-"))));
        return steps;
    }

    @Test
    void adminAuditShowsWhatWasDoneStepByStepFilteredAndWithoutASecret() throws Exception {
        SignInFlow ada = SignInFlow.discover(server, SignInFlow.devLogin("ada"));
        OAuthClient client = ada.register("audited app", OAuthClient.REDIRECT_URI, "client_secret_basic");
        String code = ada.code(client);
        TokenPair first = ada.redeem(client, code, OAuthClient.ALL_SCOPES);
        McpSyncClient mcp = McpClients.connect(server, first.accessToken());
        call(mcp, "create_note", Map.of("title", "Private title 7f3", "content", "private content 9c1"));
        call(mcp, "get_note", Map.of("id", "00000000-0000-0000-0000-000000000000"));
        mcp.closeGracefully();
        TokenPair bobs = SignInFlow.discover(server, SignInFlow.devLogin("bob")).signIn(client);
        CLOCK.advance(Duration.ofHours(2));
        TokenPair second = TokenPair.issued(client.refresh(ada.tokenEndpoint, first.refreshToken()),
                OAuthClient.ALL_SCOPES);
        assertThat(client.revoke(ada.revocationEndpoint, second.accessToken()).statusCode()).isEqualTo(200);
        assertThat(client.revoke(ada.revocationEndpoint, second.refreshToken()).statusCode()).isEqualTo(200);

        JsonNode trail = trailUntil(client.clientId, "grant_revoked");

        assertThat(steps(trail)).containsExactly(
                "client_registered - - -",
                "sign_in_succeeded dev:ada - -",
                "consent_given dev:ada - -",
                "token_issued dev:ada - -",
                "tool_called dev:ada create_note ok",
                "tool_called dev:ada get_note tool_error",
                "sign_in_succeeded dev:bob - -",
                "consent_given dev:bob - -",
                "token_issued dev:bob - -",
                "token_refreshed dev:ada - -",
                "access_token_revoked dev:ada - -",
                "grant_revoked dev:ada - -");
        assertThat(trail.findValuesAsText("client")).hasSize(12).containsOnly(client.clientId);
        assertThat(trail.findValuesAsText("client_address")).as("every step came over HTTP from this test")
                .hasSize(12).allSatisfy(address -> assertThat(address).isIn("127.0.0.1", "0:0:0:0:0:0:0:1"));
        assertThat(trail.findValues("duration_ms")).hasSize(2)
                .allSatisfy(duration -> assertThat(duration.isIntegralNumber()).as("a JSON number").isTrue());
        assertThat(trail.get(0).get("revoked_by").asText()).isEqualTo("client");
        assertThat(trail.get(10).get("provider").asText()).isEqualTo("dev");

        JsonNode adasOnly = audit("--client", client.clientId, "--user", "dev:ada");
        assertThat(steps(adasOnly)).as("the client's trail without Bob's events or the registration")
                .containsExactlyElementsOf(steps(trail).stream().filter(step -> step.contains(" dev:ada ")).toList())
                .hasSize(8);
        assertThat(steps(audit("--user", "dev:bob"))).containsExactly("sign_in_succeeded dev:bob - -",
                "consent_given dev:bob - -", "token_issued dev:bob - -");
        assertThat(steps(audit("--client", client.clientId, "--since", "1h"))).containsExactly(
                "token_refreshed dev:ada - -", "access_token_revoked dev:ada - -", "grant_revoked dev:ada - -");
        assertThat(steps(audit("--client", client.clientId, "--limit", "2"))).containsExactly(
                "access_token_revoked dev:ada - -", "grant_revoked dev:ada - -");
        String table = admin("audit", "--client", client.clientId).message();
        assertThat(table).contains("tool_called").contains("ADDRESS").contains("tool=create_note outcome=ok duration_ms=")
                .contains("revoked_by=client");

        String everything = trail.toString() + adasOnly + table;
        assertThat(everything).doesNotContain(code, first.accessToken(), first.refreshToken(), second.accessToken(),
                second.refreshToken(), bobs.accessToken(), bobs.refreshToken(), client.verifier,
                client.clientSecret.orElseThrow(), "Private title", "private content");
    }

    @Test
    void withAuditLogStdoutTheTableSaysTheServersDoNotStoreTheTrail() {
        Map<String, String> variables = new HashMap<>(SCHEMA.variables());
        variables.put("AUDIT_LOG", "stdout");

        AdminOutcome outcome = AdminCommand.run(SettingsLoader.load(Environment.of(variables)), List.of("audit"), CLOCK);

        assertThat(outcome.exitCode()).isEqualTo(AdminOutcome.DONE);
        assertThat(outcome.message()).startsWith("TIME").contains("note: AUDIT_LOG=stdout")
                .contains("while AUDIT_LOG was store or both");
    }

    /** The client's trail, newest first, once its newest event is of kind {@code last}. */
    private static JsonNode trailUntil(String client, String last) throws Exception {
        long deadline = System.nanoTime() + AT_MOST.toNanos();
        JsonNode newestFirst = audit("--client", client);
        while (System.nanoTime() < deadline && (newestFirst.isEmpty()
                || !newestFirst.get(0).get("audit").asText().equals(last))) {
            Thread.sleep(50);
            newestFirst = audit("--client", client);
        }
        return newestFirst;
    }
}
