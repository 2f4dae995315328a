package dev.notesmcp.bootstrap;

import dev.notesmcp.bootstrap.SignInFlow.TokenPair;
import dev.notesmcp.bootstrap.store.Stores;
import dev.notesmcp.domain.audit.AuditDetail;
import dev.notesmcp.domain.audit.AuditEvent;
import dev.notesmcp.domain.audit.AuditEventKind;
import dev.notesmcp.domain.audit.AuditQuery;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;
import io.modelcontextprotocol.client.McpSyncClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.notesmcp.bootstrap.McpClients.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * "Who called what", on PostgreSQL: a client registers, signs in through the dev login, calls
 * tools, refreshes and revokes; the trail read back through the {@code AuditLog} port (as
 * {@code admin audit} will) holds exactly those steps, in order, and none of the secrets or note
 * text that went by. Uses the PostgreSQL of {@code TEST_DATABASE_URL}, in a fresh schema.
 */
class AuditTrailEndToEndTest {

    private static final TestSchema SCHEMA = TestSchema.fresh("notes_mcp_audit_");
    /** The writer is asynchronous: the trail is read again until its last step is there. */
    private static final Duration AT_MOST = Duration.ofSeconds(20);

    private static TestServer server;
    private static Stores stores;

    @BeforeAll
    static void start() {
        server = TestServer.start(Map.of("STORE", "postgres", "DATABASE_URL", SCHEMA.databaseUrl(), "DATABASE_SCHEMA", SCHEMA.name(),
                "AUDIT_LOG", "both"));
        // A second pool on the same settings, as an operator's admin command opens it.
        stores = Stores.open(server.settings().stores(), server.settings().idleClients(), Clock.systemUTC());
    }

    @AfterAll
    static void stop() throws SQLException {
        stores.close();
        server.close();
        SCHEMA.drop();
    }

    @Test
    void theTrailMatchesWhatWasDoneStepByStepAndHoldsNoSecret() throws InterruptedException {
        SignInFlow flow = SignInFlow.discover(server, SignInFlow.devLogin("ada"));
        OAuthClient client = flow.register("audited app");
        String code = flow.code(client);
        TokenPair first = flow.redeem(client, code, OAuthClient.ALL_SCOPES);
        McpSyncClient mcp = McpClients.connect(server, first.accessToken());
        call(mcp, "create_note", Map.of("title", "Private title 7f3", "content", "private content 9c1"));
        call(mcp, "get_note", Map.of("id", "00000000-0000-0000-0000-000000000000"));
        mcp.closeGracefully();
        TokenPair second = TokenPair.issued(client.refresh(flow.tokenEndpoint, first.refreshToken()),
                OAuthClient.ALL_SCOPES);
        assertThat(client.revoke(flow.revocationEndpoint, second.accessToken()).statusCode()).isEqualTo(200);
        assertThat(client.revoke(flow.revocationEndpoint, second.refreshToken()).statusCode()).isEqualTo(200);

        List<AuditEvent> trail = trailOf(new ClientId(client.clientId), AuditEventKind.GRANT_REVOKED);

        UserId ada = new UserId("dev:ada");
        Optional<UserId> none = Optional.empty();
        assertThat(trail).extracting(AuditEvent::kind, AuditEvent::user,
                        event -> event.detail(AuditDetail.TOOL), event -> event.detail(AuditDetail.OUTCOME))
                .containsExactly(
                        tuple(AuditEventKind.CLIENT_REGISTERED, none, Optional.empty(), Optional.empty()),
                        tuple(AuditEventKind.CONSENT_GIVEN, none, Optional.empty(), Optional.empty()),
                        tuple(AuditEventKind.SIGN_IN_SUCCEEDED, Optional.of(ada), Optional.empty(), Optional.empty()),
                        tuple(AuditEventKind.TOKEN_ISSUED, Optional.of(ada), Optional.empty(), Optional.empty()),
                        tuple(AuditEventKind.TOOL_CALLED, Optional.of(ada), Optional.of("create_note"), Optional.of("ok")),
                        tuple(AuditEventKind.TOOL_CALLED, Optional.of(ada), Optional.of("get_note"),
                                Optional.of("tool_error")),
                        tuple(AuditEventKind.TOKEN_REFRESHED, Optional.of(ada), Optional.empty(), Optional.empty()),
                        tuple(AuditEventKind.ACCESS_TOKEN_REVOKED, Optional.of(ada), Optional.empty(), Optional.empty()),
                        tuple(AuditEventKind.GRANT_REVOKED, Optional.of(ada), Optional.empty(), Optional.empty()));
        assertThat(trail).allSatisfy(event -> assertThat(event.client()).contains(new ClientId(client.clientId)));
        assertThat(trail.get(2).detail(AuditDetail.PROVIDER)).contains("dev");
        assertThat(trail.get(8).detail(AuditDetail.REVOKED_BY)).contains("client");
        assertThat(trail.toString()).doesNotContain(code, first.accessToken(), first.refreshToken(),
                second.accessToken(), second.refreshToken(), client.verifier, "Private title", "private content");
        assertThat(stores.durable().audit().find(AuditQuery.latest(100).user(ada)))
                .as("by user, newest first").first().extracting(AuditEvent::kind).isEqualTo(AuditEventKind.GRANT_REVOKED);
    }

    /** The client's events, oldest first, once the one of kind {@code last} has been written. */
    private static List<AuditEvent> trailOf(ClientId client, AuditEventKind last) throws InterruptedException {
        long deadline = System.nanoTime() + AT_MOST.toNanos();
        List<AuditEvent> newestFirst = List.of();
        while (System.nanoTime() < deadline) {
            newestFirst = stores.durable().audit().find(AuditQuery.latest(100).client(client));
            if (!newestFirst.isEmpty() && newestFirst.getFirst().kind() == last) {
                break;
            }
            Thread.sleep(50);
        }
        return newestFirst.reversed();
    }
}
