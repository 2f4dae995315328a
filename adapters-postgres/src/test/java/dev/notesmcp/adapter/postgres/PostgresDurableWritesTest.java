package dev.notesmcp.adapter.postgres;

import dev.notesmcp.adapter.postgres.audit.PostgresAuditLog;
import dev.notesmcp.adapter.postgres.oauth.PostgresConsentRepository;
import dev.notesmcp.adapter.postgres.oauth.PostgresGrantRepository;
import dev.notesmcp.application.port.out.ConsentRepository;
import dev.notesmcp.application.port.out.GrantRepository;
import dev.notesmcp.domain.audit.AuditEvent;
import dev.notesmcp.domain.audit.AuditEventKind;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.Consent;
import dev.notesmcp.domain.oauth.Grant;
import dev.notesmcp.domain.token.Scopes;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import static dev.notesmcp.application.port.out.OAuthFixtures.T0;
import static dev.notesmcp.application.port.out.OAuthFixtures.accessToken;
import static dev.notesmcp.application.port.out.OAuthFixtures.consent;
import static dev.notesmcp.application.port.out.OAuthFixtures.freshClientId;
import static dev.notesmcp.application.port.out.OAuthFixtures.freshUser;
import static dev.notesmcp.application.port.out.OAuthFixtures.grant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A unit of durable writes is one transaction across the stores of one pool: nothing of it is
 * seen by another connection before it returns, all of it after, none of it when it throws.
 * "Another connection" is one taken from the pool directly, outside the unit.
 */
class PostgresDurableWritesTest {

    private final PostgresPool pool = (PostgresPool) TestDatabase.dataSource();
    private final PostgresDurableWrites writes = new PostgresDurableWrites(pool);
    private final ConsentRepository consents = new PostgresConsentRepository(pool);
    private final GrantRepository grants = new PostgresGrantRepository(pool);

    @Test
    void theUnitsWritesAreSeenByOthersOnlyOnceItReturnsAndThenAllOfThem() {
        UserId user = freshUser();
        ClientId client = freshClientId();
        Consent consent = consent(user, client, Scopes.all(), T0);
        Grant grant = grant(client, Scopes.all(), T0);

        String returned = writes.together(() -> {
            consents.save(consent);
            grants.add(grant);
            assertThat(grants.recordAccessToken(grant.id(), accessToken(T0.plusSeconds(3600)), T0)).isTrue();
            assertThat(consents.find(user, client)).as("the unit reads its own writes").contains(consent);
            assertThat(rowsSeenByAnotherConnection(client)).as("nothing committed yet").isEqualTo(List.of(0, 0, 0));
            return "done";
        });

        assertThat(returned).isEqualTo("done");
        assertThat(rowsSeenByAnotherConnection(client)).isEqualTo(List.of(1, 1, 1));
        assertThat(consents.find(user, client)).contains(consent);
        assertThat(grants.find(grant.id())).contains(grant);
    }

    @Test
    void aUnitThatThrowsLeavesNothingAndItsExceptionComesThroughUnchanged() {
        ClientId client = freshClientId();
        IllegalStateException failure = new IllegalStateException("the work failed");

        assertThatThrownBy(() -> writes.together(() -> {
            consents.save(consent(freshUser(), client, Scopes.all(), T0));
            grants.add(grant(client, Scopes.all(), T0));
            throw failure;
        })).isSameAs(failure);

        assertThat(rowsSeenByAnotherConnection(client)).isEqualTo(List.of(0, 0, 0));
    }

    /** A store's own transaction (revoking a grant) becomes part of the unit and commits or rolls back with it. */
    @Test
    void aStoresOwnTransactionInsideAUnitIsPartOfIt() {
        ClientId client = freshClientId();
        Grant grant = grant(client, Scopes.all(), T0);
        grants.add(grant);

        assertThatThrownBy(() -> writes.together(() -> {
            grants.revoke(grant.id(), T0.plusSeconds(1));
            throw new IllegalStateException("after the revocation");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(grants.find(grant.id()).orElseThrow().isActive()).as("rolled back with the unit").isTrue();

        writes.together(() -> grants.revoke(grant.id(), T0.plusSeconds(2)));
        assertThat(grants.find(grant.id()).orElseThrow().isActive()).isFalse();
    }

    /** PlainJdbc.inTransaction (the audit batch) joins a surrounding unit instead of committing it early. */
    @Test
    void aPlainJdbcTransactionInsideAUnitJoinsIt() {
        PostgresAuditLog audit = new PostgresAuditLog(pool);
        ClientId client = freshClientId();

        assertThatThrownBy(() -> writes.together(() -> {
            grants.add(grant(client, Scopes.all(), T0));
            audit.recordAll(List.of(AuditEvent.of(T0, AuditEventKind.CLIENT_REGISTERED).client(client)));
            throw new IllegalStateException("after the audit batch");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(count("select count(*) from grants where client_id = ?", client)).isZero();
        assertThat(count("select count(*) from audit_events where client_id = ?", client)).isZero();
    }

    @Test
    void outsideAUnitEachWriteCommitsByItself() {
        ClientId client = freshClientId();
        consents.save(consent(freshUser(), client, Scopes.all(), T0));

        assertThat(rowsSeenByAnotherConnection(client)).isEqualTo(List.of(1, 0, 0));
    }

    /** Consents, grants and access-token records of {@code client}, read on a connection outside any unit. */
    private List<Integer> rowsSeenByAnotherConnection(ClientId client) {
        return List.of(count("select count(*) from consents where client_id = ?", client),
                count("select count(*) from grants where client_id = ?", client),
                count("select count(*) from grant_access_tokens t join grants g on g.id = t.grant_id"
                        + " where g.client_id = ?", client));
    }

    private int count(String sql, ClientId client) {
        try (Connection connection = pool.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, client.value());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
