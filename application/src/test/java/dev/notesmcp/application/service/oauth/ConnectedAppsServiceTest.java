package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.in.account.ConnectedAppsUseCase.NotConnected;
import dev.notesmcp.application.port.in.account.ConnectedAppsUseCase.Revoked;
import dev.notesmcp.application.port.out.GrantRepository.IssuedAccessToken;
import dev.notesmcp.application.service.account.ConnectedAppsService;
import dev.notesmcp.domain.account.ConnectedApp;
import dev.notesmcp.domain.audit.AuditDetail;
import dev.notesmcp.domain.audit.AuditEventKind;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.Consent;
import dev.notesmcp.domain.oauth.Grant;
import dev.notesmcp.domain.oauth.RedirectUri;
import dev.notesmcp.domain.oauth.RegisteredClient;
import dev.notesmcp.domain.oauth.TokenEndpointAuthMethod;
import dev.notesmcp.domain.token.Scopes;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The connected-apps use case: a user sees and revokes their own apps, and only theirs. */
class ConnectedAppsServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final UserId ADA = UserId.of("dev", "ada");
    private static final UserId BOB = UserId.of("dev", "bob");

    private final FakeClientRepository clients = new FakeClientRepository();
    private final FakeGrantRepository grants = new FakeGrantRepository();
    private final FakeRevokedAccessTokens revoked = new FakeRevokedAccessTokens();
    private final FakeConsentRepository consents = new FakeConsentRepository();
    private final FakeAuditLog audit = new FakeAuditLog();
    private final ConnectedAppsService service = new ConnectedAppsService(grants, clients,
            new RevokeAccessService(clients, grants, consents, revoked, Clock.fixed(NOW, ZoneOffset.UTC), audit));

    private final ClientId laptop = registered("laptop", "Laptop <b>Inspector</b>");
    private final ClientId phone = registered("phone", "Phone");
    private final ClientId documented = new ClientId("https://tools.example/mcp-client.json");

    @Test
    void listsEachClientHoldingAnActiveGrantOfTheUserMostRecentlyUsedFirst() {
        granted(ADA, laptop, "jti-1", 3600);
        granted(ADA, phone, "jti-2", 600);
        granted(ADA, documented, "jti-3", 1800);
        granted(BOB, laptop, "jti-4", 60);
        service.revoke(ADA, documented.value());

        List<ConnectedApp> apps = service.connectedApps(ADA);

        assertThat(apps).extracting(ConnectedApp::client).containsExactly(phone, laptop);
        assertThat(apps.get(1).name()).isEqualTo("Laptop <b>Inspector</b>");
        assertThat(apps.get(1).firstUse()).isEqualTo(NOW.minusSeconds(3600));
        assertThat(service.connectedApps(UserId.of("dev", "nobody"))).isEmpty();
    }

    @Test
    void aMetadataDocumentClientIsShownByItsHostAndTheClientsRecordedUseIsItsLastUse() {
        granted(ADA, documented, "jti-1", 3600);
        granted(ADA, laptop, "jti-2", 3600);
        clients.recordUse(laptop, NOW.minusSeconds(5));

        List<ConnectedApp> apps = service.connectedApps(ADA);

        assertThat(apps.get(0).client()).isEqualTo(laptop);
        assertThat(apps.get(0).lastUse()).isEqualTo(NOW.minusSeconds(5));
        assertThat(apps.get(1).verifiedHost()).contains("tools.example");
        assertThat(apps.get(1).lastUse()).isEqualTo(NOW.minusSeconds(3600));
    }

    @Test
    void revokingOwnAppEndsItsGrantsAndTokensAuditedAsRevokedByTheUserAndLeavesEverythingElse() {
        Grant first = granted(ADA, laptop, "jti-1", 3600);
        Grant second = granted(ADA, laptop, "jti-2", 60);
        Grant adaPhone = granted(ADA, phone, "jti-3", 60);
        Grant bobLaptop = granted(BOB, laptop, "jti-4", 60);
        consents.save(new Consent(ADA, laptop, Scopes.all(), NOW));
        Consent bobsForLaptop = new Consent(BOB, laptop, Scopes.all(), NOW);
        consents.save(bobsForLaptop);

        var outcome = service.revoke(ADA, laptop.value());

        assertThat(outcome).isInstanceOfSatisfying(Revoked.class, r -> assertThat(r.app().client()).isEqualTo(laptop));
        assertThat(grants.find(first.id())).hasValueSatisfying(g -> assertThat(g.isActive()).isFalse());
        assertThat(grants.find(second.id())).hasValueSatisfying(g -> assertThat(g.isActive()).isFalse());
        assertThat(revoked.all()).containsOnlyKeys("jti-1", "jti-2");
        assertThat(grants.find(adaPhone.id())).contains(adaPhone);
        assertThat(grants.find(bobLaptop.id())).contains(bobLaptop);
        assertThat(clients.find(laptop)).as("the registration stays for other users").isPresent();
        assertThat(audit.events()).hasSize(2).allSatisfy(event -> {
            assertThat(event.kind()).isEqualTo(AuditEventKind.GRANT_REVOKED);
            assertThat(event.user()).contains(ADA);
            assertThat(event.client()).contains(laptop);
            assertThat(event.detail(AuditDetail.REVOKED_BY)).hasValue("user");
        });
        assertThat(service.connectedApps(ADA)).extracting(ConnectedApp::client).containsExactly(phone);
        assertThat(consents.find(ADA, laptop)).as("the app must ask again to come back").isEmpty();
        assertThat(consents.find(BOB, laptop)).contains(bobsForLaptop);
    }

    @Test
    void anotherUsersAppAnUnknownOrMalformedIdOrAnAlreadyRevokedAppIsRefusedAndChangesNothing() {
        Grant bobs = granted(BOB, laptop, "jti-1", 60);
        Grant adas = granted(ADA, phone, "jti-2", 60);

        assertThat(service.revoke(ADA, laptop.value())).isInstanceOf(NotConnected.class);
        assertThat(service.revoke(ADA, "nobody")).isInstanceOf(NotConnected.class);
        assertThat(service.revoke(ADA, "not a client id <>")).isInstanceOf(NotConnected.class);
        assertThat(service.revoke(ADA, null)).isInstanceOf(NotConnected.class);
        assertThat(grants.find(bobs.id())).contains(bobs);
        assertThat(grants.find(adas.id())).contains(adas);
        assertThat(revoked.all()).isEmpty();
        assertThat(audit.events()).isEmpty();

        assertThat(service.revoke(ADA, phone.value())).isInstanceOf(Revoked.class);
        assertThat(service.revoke(ADA, phone.value())).as("a second post").isInstanceOf(NotConnected.class);
        assertThat(audit.events()).hasSize(1);
    }

    private ClientId registered(String id, String name) {
        ClientId clientId = new ClientId(id);
        clients.add(new RegisteredClient(clientId, name, List.of(new RedirectUri("http://127.0.0.1/cb")),
                TokenEndpointAuthMethod.NONE, Optional.empty(), Scopes.all(), NOW.minusSeconds(7200)));
        return clientId;
    }

    private Grant granted(UserId user, ClientId client, String tokenId, long secondsAgo) {
        Grant grant = Grant.start(user, user.value(), client, Scopes.all(), NOW.minusSeconds(secondsAgo));
        grants.add(grant);
        grants.recordAccessToken(grant.id(), new IssuedAccessToken(tokenId, NOW.plusSeconds(300)), NOW.minusSeconds(1));
        return grant;
    }
}
