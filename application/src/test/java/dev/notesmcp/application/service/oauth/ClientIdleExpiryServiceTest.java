package dev.notesmcp.application.service.oauth;

import dev.notesmcp.domain.oauth.ClientIdleExpiry;
import dev.notesmcp.domain.oauth.OAuthErrorCode;
import dev.notesmcp.domain.oauth.RegisteredClient;
import dev.notesmcp.domain.token.Scopes;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.failed;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.issued;
import static org.assertj.core.api.Assertions.assertThat;

/** Registration floods: token requests record a client's use, cheaply; idle clients are removed. */
class ClientIdleExpiryServiceTest {

    private static final Duration IDLE = Duration.ofDays(30);

    private final AuthorizationServerFixture server = new AuthorizationServerFixture();
    private final RemoveIdleClientsService cleaner = new RemoveIdleClientsService(server.clients,
            new ClientIdleExpiry(IDLE, AuthorizationServerFixture.REFRESH_TOKEN_TTL), server.clock);

    @Test
    void aTokenRequestRecordsTheClientsUseAtMostOnceAnHour() {
        RegisteredClient client = server.publicClient();
        server.clock.advance(Duration.ofHours(2)); // past the hour in which its registration is its use
        String refresh = server.tokensFor(client, Scopes.all()).refreshToken();
        server.clock.advance(Duration.ofMinutes(30));
        refresh = issued(server.refresh(client, refresh)).refreshToken();
        assertThat(server.clients.recordedUses).as("the second request within the hour writes nothing").hasSize(1);

        server.clock.advance(Duration.ofMinutes(31));
        issued(server.refresh(client, refresh));

        assertThat(server.clients.recordedUses).hasSize(2);
        assertThat(server.clients.lastUse(client.id())).contains(server.clock.instant());
    }

    /**
     * Registration, authorization and the first token come within seconds (dynamic registration
     * before each login): the registration is the recorded use, so none of them writes another.
     */
    @Test
    void tokensWithinTheHourOfRegistrationWriteNoUseAndTheClientStaysWhileTheyLive() {
        RegisteredClient client = server.publicClient();
        server.clock.advance(Duration.ofMinutes(59));
        String refresh = server.tokensFor(client, Scopes.all()).refreshToken();
        assertThat(server.clients.recordedUses).isEmpty();
        assertThat(server.clients.lastUse(client.id())).contains(client.issuedAt());

        server.clock.advance(AuthorizationServerFixture.REFRESH_TOKEN_TTL.minusSeconds(1));
        cleaner.removeIdleClients();
        issued(server.refresh(client, refresh));
        assertThat(server.clients.recordedUses).as("the refresh, long after registration, is recorded").hasSize(1);
    }

    @Test
    void aClientNobodyUsesIsRemovedOnceItsTokensCanNoLongerBeAlive() {
        RegisteredClient idle = server.publicClient();
        RegisteredClient used = server.publicClient();
        server.clock.advance(IDLE.minus(Duration.ofDays(1)));
        server.tokensFor(used, Scopes.all());

        server.clock.advance(Duration.ofDays(1).plus(Duration.ofMinutes(59)));
        assertThat(cleaner.removeIdleClients()).as("within refresh lifetime + the recording interval").isZero();
        server.clock.advance(Duration.ofMinutes(2));

        assertThat(cleaner.removeIdleClients()).isEqualTo(1);
        assertThat(server.clients.find(idle.id())).isEmpty();
        assertThat(server.clients.find(used.id())).contains(used);
    }

    /** A refresh token issued right after the last recorded use stays usable until it expires. */
    @Test
    void aClientHoldingALiveRefreshTokenIsNeverRemoved() {
        RegisteredClient client = server.publicClient();
        server.tokensFor(client, Scopes.all());
        server.clock.advance(Duration.ofMinutes(59));
        String refresh = server.tokensFor(client, Scopes.all()).refreshToken();

        server.clock.advance(AuthorizationServerFixture.REFRESH_TOKEN_TTL.minusSeconds(1));
        cleaner.removeIdleClients();

        assertThat(server.clients.find(client.id())).isPresent();
        issued(server.refresh(client, refresh));
        server.clock.advance(IDLE.plus(Duration.ofHours(2)));
        cleaner.removeIdleClients();
        failed(server.refresh(client, refresh), OAuthErrorCode.INVALID_CLIENT);
    }
}
