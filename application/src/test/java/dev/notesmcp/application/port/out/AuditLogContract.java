package dev.notesmcp.application.port.out;

import dev.notesmcp.domain.audit.AuditDetail;
import dev.notesmcp.domain.audit.AuditEvent;
import dev.notesmcp.domain.audit.AuditEventKind;
import dev.notesmcp.domain.audit.AuditQuery;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static dev.notesmcp.application.port.out.OAuthFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link AuditLog} must do: keep events exactly, find them newest first by user, client
 * and time, honour the limit, and forget events past retention. Every user and client is fresh, so
 * a store shared between tests (one database) needs no cleaning; a test that reads the whole trail
 * uses its own far-away time range.
 */
public abstract class AuditLogContract {

    protected AuditLog audit;

    /** The store under test. */
    protected abstract AuditLog store();

    private final UserId user = new UserId("github:" + UUID.randomUUID());
    private final ClientId client = new ClientId(UUID.randomUUID().toString());

    @BeforeEach
    void createStore() {
        audit = store();
    }

    private static AuditEvent toolCall(Instant at, UserId user, ClientId client) {
        return AuditEvent.of(at, AuditEventKind.TOOL_CALLED).user(user).client(client)
                .with(AuditDetail.TOOL, "create_note").with(AuditDetail.OUTCOME, "ok").duration(Duration.ofMillis(7));
    }

    @Test
    void anEventIsKeptExactly() {
        AuditEvent event = toolCall(T0, user, client);

        audit.record(event);

        assertThat(audit.find(AuditQuery.latest(10).user(user))).containsExactly(event);
    }

    @Test
    void everyDetailIsKeptExactlyTheClientAddressToo() {
        AuditEvent signIn = AuditEvent.of(T0, AuditEventKind.SIGN_IN_SUCCEEDED).user(user).client(client)
                .with(AuditDetail.PROVIDER, "github").with(AuditDetail.CLIENT_ADDRESS, "2001:db8::7");
        AuditEvent call = toolCall(T0.plusMillis(1), user, client).with(AuditDetail.CLIENT_ADDRESS, "203.0.113.7");
        AuditEvent revoked = AuditEvent.of(T0.plusMillis(2), AuditEventKind.GRANT_REVOKED).user(user).client(client)
                .with(AuditDetail.REVOKED_BY, "admin");

        audit.record(signIn);
        audit.record(call);
        audit.record(revoked);

        assertThat(audit.find(AuditQuery.latest(10).user(user))).containsExactly(revoked, call, signIn);
    }

    @Test
    void anEventWithoutUserClientOrDetailsIsKept() {
        Instant at = Instant.parse("2001-01-01T00:00:00.123Z").plusSeconds(UUID.randomUUID().hashCode() & 0xffff);
        AuditEvent event = AuditEvent.of(at, AuditEventKind.SIGN_IN_FAILED).with(AuditDetail.PROVIDER, "github");

        audit.record(event);

        assertThat(audit.find(AuditQuery.latest(10).since(at))).contains(event);
    }

    @Test
    void eventsComeNewestFirstAndTheLaterRecordedFirstAmongEqualTimes() {
        AuditEvent first = toolCall(T0, user, client);
        AuditEvent second = AuditEvent.of(T0, AuditEventKind.TOKEN_REFRESHED).user(user).client(client);
        AuditEvent third = toolCall(T0.plusMillis(5), user, client);

        audit.record(first);
        audit.record(third);
        audit.record(second);

        assertThat(audit.find(AuditQuery.latest(10).user(user))).containsExactly(third, second, first);
    }

    @Test
    void eventsRecordedTogetherAreKeptInTheirOrder() {
        AuditEvent first = toolCall(T0, user, client);
        AuditEvent second = AuditEvent.of(T0, AuditEventKind.TOKEN_REFRESHED).user(user).client(client);
        AuditEvent third = toolCall(T0.plusMillis(5), user, client);
        AuditEvent fourth = AuditEvent.of(T0, AuditEventKind.TOOL_CALLED).user(user);

        audit.recordAll(List.of(first, second, third, fourth));

        assertThat(audit.find(AuditQuery.latest(10).user(user))).containsExactly(third, fourth, second, first);
    }

    @Test
    void findSelectsByUserByClientAndSince() {
        UserId otherUser = new UserId("github:" + UUID.randomUUID());
        ClientId otherClient = new ClientId(UUID.randomUUID().toString());
        AuditEvent mine = toolCall(T0, user, client);
        AuditEvent myOtherClient = toolCall(T0.plusSeconds(1), user, otherClient);
        AuditEvent theirs = toolCall(T0.plusSeconds(2), otherUser, client);
        audit.record(mine);
        audit.record(myOtherClient);
        audit.record(theirs);

        assertThat(audit.find(AuditQuery.latest(10).user(user))).containsExactly(myOtherClient, mine);
        assertThat(audit.find(AuditQuery.latest(10).client(client))).containsExactly(theirs, mine);
        assertThat(audit.find(AuditQuery.latest(10).user(user).client(client))).containsExactly(mine);
        assertThat(audit.find(AuditQuery.latest(10).user(user).since(T0.plusSeconds(1)))).containsExactly(myOtherClient);
    }

    @Test
    void theLimitKeepsTheNewest() {
        for (int i = 0; i < 5; i++) {
            audit.record(toolCall(T0.plusSeconds(i), user, client));
        }

        assertThat(audit.find(AuditQuery.latest(2).user(user)))
                .extracting(AuditEvent::time).containsExactly(T0.plusSeconds(4), T0.plusSeconds(3));
    }

    @Test
    void retentionForgetsOnlyOlderEvents() {
        AuditEvent old = toolCall(T0.minus(Duration.ofDays(100)), user, client);
        AuditEvent atCutoff = toolCall(T0.minus(Duration.ofDays(90)), user, client);
        audit.record(old);
        audit.record(atCutoff);

        assertThat(audit.removeOlderThan(T0.minus(Duration.ofDays(90)))).isGreaterThanOrEqualTo(1);

        assertThat(audit.find(AuditQuery.latest(10).user(user))).containsExactly(atCutoff);
    }
}
