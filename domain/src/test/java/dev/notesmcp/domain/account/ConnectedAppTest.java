package dev.notesmcp.domain.account;

import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.Grant;
import dev.notesmcp.domain.oauth.RedirectUri;
import dev.notesmcp.domain.oauth.RegisteredClient;
import dev.notesmcp.domain.oauth.TokenEndpointAuthMethod;
import dev.notesmcp.domain.token.Scope;
import dev.notesmcp.domain.token.Scopes;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectedAppTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private static final UserId ADA = UserId.of("dev", "ada");
    private static final UserId BOB = UserId.of("dev", "bob");
    private static final ClientId DCR = new ClientId("client-1");
    private static final ClientId CIMD = new ClientId("https://app.example/client.json");
    private static final RegisteredClient REGISTERED = new RegisteredClient(DCR, "Inspector",
            List.of(new RedirectUri("http://127.0.0.1/cb")), TokenEndpointAuthMethod.NONE, Optional.empty(),
            Scopes.all(), T0.minusSeconds(60));

    @Test
    void theUsersActiveGrantsToOneClientMakeOneAppWithTheirScopesAndTimes() {
        Grant older = grant(ADA, DCR, Scopes.of(Scope.NOTES_READ), T0);
        Grant newer = grant(ADA, DCR, Scopes.of(Scope.NOTES_WRITE), T0.plusSeconds(300));
        Grant revoked = grant(ADA, DCR, Scopes.all(), T0.minusSeconds(900)).revokedAt(T0);
        Grant bobs = grant(BOB, DCR, Scopes.all(), T0.minusSeconds(1200));

        ConnectedApp app = ConnectedApp.of(ADA, DCR, List.of(newer, revoked, older, bobs), Optional.of(REGISTERED),
                Optional.empty()).orElseThrow();

        assertThat(app.name()).isEqualTo("Inspector");
        assertThat(app.verifiedHost()).isEmpty();
        assertThat(app.isVerified()).isFalse();
        assertThat(app.scopes()).isEqualTo(Scopes.all());
        assertThat(app.firstUse()).as("the oldest active grant").isEqualTo(T0);
        assertThat(app.lastUse()).as("no later use recorded: the newest grant").isEqualTo(T0.plusSeconds(300));
        assertThat(app.grants()).containsExactly(older.id(), newer.id());
    }

    @Test
    void aLaterRecordedUseOfTheClientIsItsLastUseAndAnEarlierOneIsNot() {
        Grant grant = grant(ADA, DCR, Scopes.all(), T0);

        assertThat(ConnectedApp.of(ADA, DCR, List.of(grant), Optional.of(REGISTERED), Optional.of(T0.plusSeconds(7200)))
                .orElseThrow().lastUse()).isEqualTo(T0.plusSeconds(7200));
        assertThat(ConnectedApp.of(ADA, DCR, List.of(grant), Optional.of(REGISTERED), Optional.of(T0.minusSeconds(60)))
                .orElseThrow().lastUse()).isEqualTo(T0);
    }

    @Test
    void aMetadataDocumentClientIsNamedByItsVerifiedHost() {
        ConnectedApp app = ConnectedApp.of(ADA, CIMD, List.of(grant(ADA, CIMD, Scopes.all(), T0)), Optional.empty(),
                Optional.empty()).orElseThrow();

        assertThat(app.verifiedHost()).contains("app.example");
        assertThat(app.name()).isEqualTo("app.example");
        assertThat(app.isVerified()).isTrue();
    }

    @Test
    void aClientNoLongerRegisteredIsNamedByItsId() {
        assertThat(ConnectedApp.of(ADA, DCR, List.of(grant(ADA, DCR, Scopes.all(), T0)), Optional.empty(),
                Optional.empty()).orElseThrow().name()).isEqualTo("client-1");
    }

    @Test
    void noActiveGrantOfThisUserIsNoApp() {
        assertThat(ConnectedApp.of(ADA, DCR, List.of(grant(ADA, DCR, Scopes.all(), T0).revokedAt(T0)),
                Optional.of(REGISTERED), Optional.empty())).isEmpty();
        assertThat(ConnectedApp.of(ADA, DCR, List.of(grant(BOB, DCR, Scopes.all(), T0)), Optional.of(REGISTERED),
                Optional.empty())).isEmpty();
        assertThat(ConnectedApp.of(ADA, DCR, List.of(grant(ADA, CIMD, Scopes.all(), T0)), Optional.of(REGISTERED),
                Optional.empty())).as("another client's grant").isEmpty();
    }

    private static Grant grant(UserId user, ClientId client, Scopes scopes, Instant at) {
        return Grant.start(user, user.value(), client, scopes, at);
    }
}
