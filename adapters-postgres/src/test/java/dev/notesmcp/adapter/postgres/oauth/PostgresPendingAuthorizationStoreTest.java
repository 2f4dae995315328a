package dev.notesmcp.adapter.postgres.oauth;

import dev.notesmcp.adapter.postgres.TestDatabase;
import dev.notesmcp.application.port.out.OAuthFixtures;
import dev.notesmcp.application.port.out.PendingAuthorizationStore;
import dev.notesmcp.application.port.out.PendingAuthorizationStoreContract;
import dev.notesmcp.domain.identity.UpstreamSignIn;
import dev.notesmcp.domain.oauth.PendingAuthorization;
import dev.notesmcp.domain.oauth.TokenHash;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresPendingAuthorizationStoreTest extends PendingAuthorizationStoreContract {

    @Override
    protected PendingAuthorizationStore newStore(Clock clock) {
        return new PostgresPendingAuthorizationStore(TestDatabase.dataSource(), clock);
    }

    @Test
    void theRowOfALoginHoldsTheHashOfTheStateButNeverTheStateItself() throws SQLException {
        UpstreamSignIn signIn = UpstreamSignIn.start("github");
        PendingAuthorization pending = OAuthFixtures.pending(clock.instant()).signingInWith(signIn);

        store.awaitLogin(pending);

        String row = rowText(pending.id());
        assertThat(row).contains(TokenHash.of(signIn.state()).value()).contains("github")
                .contains(signIn.nonce()).contains(signIn.codeVerifier())
                .doesNotContain(signIn.state());
    }

    @Test
    void aLoginRowFromBeforeSignInsWereRecordedComesBackWithoutOne() throws SQLException {
        PendingAuthorization pending = OAuthFixtures.pending(clock.instant()).signingInWith(UpstreamSignIn.start("dev"));
        String state = pending.awaitedSignIn().state();
        store.awaitLogin(pending);
        update("UPDATE pending_authorizations SET provider = NULL, nonce = NULL, code_verifier = NULL"
                + " WHERE request_id = ?", pending.id());

        assertThat(store.takeForLogin(state)).hasValueSatisfying(taken -> {
            assertThat(taken.id()).isEqualTo(pending.id());
            assertThat(taken.signIn()).isEmpty();
        });
    }

    private static String rowText(String requestId) throws SQLException {
        try (Connection connection = TestDatabase.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT p::text FROM pending_authorizations p WHERE request_id = ?")) {
            select.setString(1, requestId);
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getString(1);
            }
        }
    }

    private static void update(String sql, String requestId) throws SQLException {
        try (Connection connection = TestDatabase.dataSource().getConnection();
             PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, requestId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
