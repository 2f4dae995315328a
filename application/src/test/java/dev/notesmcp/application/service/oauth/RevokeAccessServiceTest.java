package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.in.oauth.RevokeAccessUseCase.ClientRevocation;
import dev.notesmcp.application.port.out.GrantRepository.IssuedAccessToken;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.Consent;
import dev.notesmcp.domain.oauth.Grant;
import dev.notesmcp.domain.oauth.GrantId;
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

class RevokeAccessServiceTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    private static final UserId ALICE = UserId.of("github", "1");
    private static final UserId BOB = UserId.of("github", "2");

    private final FakeClientRepository clients = new FakeClientRepository();
    private final FakeGrantRepository grants = new FakeGrantRepository();
    private final FakeRevokedAccessTokens revoked = new FakeRevokedAccessTokens();
    private final FakeAuditLog audit = new FakeAuditLog();
    private final FakeConsentRepository consents = new FakeConsentRepository();
    private final RevokeAccessService service =
            new RevokeAccessService(clients, grants, consents, revoked, Clock.fixed(NOW, ZoneOffset.UTC), audit);
    private final ReviewAccessService review = new ReviewAccessService(clients, grants);

    private final ClientId laptop = registered("laptop");
    private final ClientId phone = registered("phone");

    @Test
    void everyGrantAnOperatorEndsIsInTheAuditTrailAsRevokedByAdmin() {
        Grant aliceLaptop = granted(ALICE, laptop, "jti-1");
        granted(ALICE, phone, "jti-3");

        service.revokeUser(ALICE);

        assertThat(audit.events()).hasSize(2).allSatisfy(event -> {
            assertThat(event.kind()).isEqualTo(dev.notesmcp.domain.audit.AuditEventKind.GRANT_REVOKED);
            assertThat(event.detail(dev.notesmcp.domain.audit.AuditDetail.REVOKED_BY)).hasValue("admin");
        });
        assertThat(audit.events()).anySatisfy(event -> assertThat(event.client()).contains(aliceLaptop.client()));
    }

    @Test
    void revokingAClientEndsItsGrantsAndTokensRemovesItAndLeavesTheUsersOtherClient() {
        Grant aliceLaptop = granted(ALICE, laptop, "jti-1");
        Grant bobLaptop = granted(BOB, laptop, "jti-2");
        Grant alicePhone = granted(ALICE, phone, "jti-3");
        consents.save(new Consent(ALICE, laptop, Scopes.all(), NOW));
        consents.save(new Consent(BOB, laptop, Scopes.all(), NOW));
        Consent alicesForPhone = new Consent(ALICE, phone, Scopes.all(), NOW);
        consents.save(alicesForPhone);

        Optional<ClientRevocation> outcome = service.revokeClient(laptop);

        assertThat(outcome).contains(new ClientRevocation(true,
                List.of(bobLaptop.revokedAt(NOW), aliceLaptop.revokedAt(NOW)), 2));
        assertThat(consents.find(ALICE, laptop)).as("a client that comes back asks again").isEmpty();
        assertThat(consents.find(BOB, laptop)).isEmpty();
        assertThat(consents.find(ALICE, phone)).contains(alicesForPhone);
        assertThat(clients.find(laptop)).isEmpty();
        assertThat(revoked.all()).containsOnlyKeys("jti-1", "jti-2");
        assertThat(grants.find(alicePhone.id())).contains(alicePhone);
        assertThat(review.client(phone)).hasValueSatisfying(details -> assertThat(details.grants()).containsExactly(alicePhone));
    }

    @Test
    void anUnknownClientIsNotFoundAndAGrantOnlyClientIsStillRevoked() {
        assertThat(service.revokeClient(new ClientId("nobody"))).isEmpty();

        ClientId gone = new ClientId("removed-earlier");
        Grant left = granted(ALICE, gone, "jti-9");
        assertThat(service.revokeClient(gone)).contains(new ClientRevocation(false, List.of(left.revokedAt(NOW)), 0));
        assertThat(revoked.isRevoked("jti-9")).isTrue();
    }

    @Test
    void revokingAUserEndsEveryGrantOfThatUserOnly() {
        Grant laptopGrant = granted(ALICE, laptop, "jti-1");
        Grant phoneGrant = granted(ALICE, phone, "jti-2");
        Grant bobs = granted(BOB, phone, "jti-3");

        assertThat(service.revokeUser(ALICE).grants())
                .containsExactlyInAnyOrder(laptopGrant.revokedAt(NOW), phoneGrant.revokedAt(NOW));

        assertThat(revoked.all()).containsOnlyKeys("jti-1", "jti-2");
        assertThat(grants.find(bobs.id())).contains(bobs);
        assertThat(clients.find(laptop)).as("clients stay registered").isPresent();
        assertThat(service.revokeUser(UserId.of("github", "404")).foundNothing()).isTrue();
    }

    @Test
    void revokingAUserForgetsTheirRememberedConsentsSoEveryClientMustAskAgain() {
        granted(ALICE, laptop, "jti-1");
        consents.save(new Consent(ALICE, laptop, Scopes.all(), NOW));
        consents.save(new Consent(ALICE, phone, Scopes.all(), NOW));
        Consent bobs = new Consent(BOB, phone, Scopes.all(), NOW);
        consents.save(bobs);

        assertThat(service.revokeUser(ALICE).consentsForgotten()).isEqualTo(2);

        assertThat(consents.find(ALICE, laptop)).isEmpty();
        assertThat(consents.find(ALICE, phone)).isEmpty();
        assertThat(consents.find(BOB, phone)).contains(bobs);
        UserId consentedOnly = UserId.of("github", "5");
        consents.save(new Consent(consentedOnly, phone, Scopes.all(), NOW));
        assertThat(service.revokeUser(consentedOnly).foundNothing()).as("a consent alone is something").isFalse();
    }

    @Test
    void revokingOneGrantNamesItsTokensAndAnUnknownGrantIsNotFound() {
        Grant grant = granted(ALICE, laptop, "jti-1");
        Grant other = granted(ALICE, phone, "jti-2");

        assertThat(service.revokeGrant(grant.id())).contains(grant.revokedAt(NOW));
        assertThat(revoked.all()).containsOnlyKeys("jti-1");
        assertThat(grants.find(other.id())).contains(other);
        assertThat(service.revokeGrant(GrantId.random())).isEmpty();
    }

    private ClientId registered(String id) {
        ClientId clientId = new ClientId(id);
        clients.add(new RegisteredClient(clientId, id, List.of(new RedirectUri("http://127.0.0.1/cb")),
                TokenEndpointAuthMethod.NONE, Optional.empty(), Scopes.all(), NOW.minusSeconds(3600)));
        return clientId;
    }

    private Grant granted(UserId user, ClientId client, String tokenId) {
        Grant grant = Grant.start(user, "login", client, Scopes.all(), NOW.minusSeconds(600 - grants.size()));
        grants.add(grant);
        grants.recordAccessToken(grant.id(), new IssuedAccessToken(tokenId, NOW.plusSeconds(300)), NOW.minusSeconds(60));
        return grant;
    }
}
