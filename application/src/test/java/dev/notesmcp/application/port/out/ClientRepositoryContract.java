package dev.notesmcp.application.port.out;

import dev.notesmcp.domain.oauth.ApplicationType;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.OpaqueToken;
import dev.notesmcp.domain.oauth.RedirectUri;
import dev.notesmcp.domain.oauth.RegisteredClient;
import dev.notesmcp.domain.oauth.TokenEndpointAuthMethod;
import dev.notesmcp.domain.oauth.TokenHash;
import dev.notesmcp.domain.token.Scope;
import dev.notesmcp.domain.token.Scopes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static dev.notesmcp.application.port.out.OAuthFixtures.confidentialClient;
import static dev.notesmcp.application.port.out.OAuthFixtures.freshClientId;
import static dev.notesmcp.application.port.out.OAuthFixtures.publicClient;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link ClientRepository} must do: keep each registered client exactly as registered,
 * a confidential client's secret only as its hash. A store's test extends this class and supplies
 * {@link #newRepository()}; every test uses fresh client ids.
 */
public abstract class ClientRepositoryContract {

    private static final int THREADS = 50;
    /** Far from every other test's clients, so removing idle clients here touches only this test's. */
    private static final Instant LONG_AGO = Instant.parse("2001-01-01T00:00:00Z");

    protected ClientRepository clients;

    /** The store under test; may be shared between tests. */
    protected abstract ClientRepository newRepository();

    @BeforeEach
    void createRepository() {
        clients = newRepository();
    }

    @Test
    void findsAPublicClientExactlyAsRegistered() {
        ClientId id = freshClientId();
        RegisteredClient client = new RegisteredClient(id, "Zoë's « notes » app 🐙",
                List.of(new RedirectUri("http://127.0.0.1:6274/oauth/callback"),
                        new RedirectUri("https://app.example/cb?tenant=a%20b&x="),
                        new RedirectUri("com.example.app:/oauth2redirect")),
                TokenEndpointAuthMethod.NONE, Optional.empty(), Scopes.of(Scope.NOTES_READ),
                Instant.parse("2025-03-01T12:00:00.123456Z"));

        clients.add(client);

        Optional<RegisteredClient> found = clients.find(id);
        assertThat(found).contains(client);
        assertThat(found.orElseThrow().redirectUris()).as("in registration order").containsExactlyElementsOf(
                client.redirectUris());
    }

    @Test
    void remembersAClientThatDidNotRegisterTheRefreshTokenGrant() {
        ClientId id = freshClientId();
        RegisteredClient client = new RegisteredClient(id, "no refresh", List.of(new RedirectUri("http://127.0.0.1/cb")),
                TokenEndpointAuthMethod.NONE, Optional.empty(), Scopes.all(), Instant.parse("2025-03-01T12:00:00Z"),
                false);

        clients.add(client);

        assertThat(clients.find(id)).hasValueSatisfying(found -> assertThat(found.refreshTokens()).isFalse());
    }

    @ParameterizedTest
    @EnumSource(value = TokenEndpointAuthMethod.class, names = {"CLIENT_SECRET_BASIC", "CLIENT_SECRET_POST"})
    void findsAConfidentialClientExactlyAsRegistered(TokenEndpointAuthMethod method) {
        String secret = OpaqueToken.random().value();
        RegisteredClient client = confidentialClient(freshClientId(), method, secret);

        clients.add(client);

        assertThat(clients.find(client.id())).contains(client);
    }

    @Test
    void keepsAConfidentialClientsSecretOnlyAsItsHash() {
        String secret = OpaqueToken.random().value();
        RegisteredClient client = confidentialClient(freshClientId(), TokenEndpointAuthMethod.CLIENT_SECRET_BASIC,
                secret);
        clients.add(client);

        RegisteredClient found = clients.find(client.id()).orElseThrow();

        assertThat(found.secretHash()).contains(TokenHash.of(secret));
        assertThat(found.toString()).doesNotContain(secret);
        assertThat(found.authenticates(TokenEndpointAuthMethod.CLIENT_SECRET_BASIC, Optional.of(secret))).isTrue();
        assertThat(found.authenticates(TokenEndpointAuthMethod.CLIENT_SECRET_BASIC,
                Optional.of(found.secretHash().orElseThrow().value()))).as("the hash is not the secret").isFalse();
    }

    @Test
    void findsNothingForAnUnknownClient() {
        clients.add(publicClient(freshClientId(), Scopes.all()));

        assertThat(clients.find(freshClientId())).isEmpty();
    }

    @Test
    void keepsClientsApart() {
        RegisteredClient first = publicClient(freshClientId(), Scopes.all(), "https://one.example/cb");
        RegisteredClient second = publicClient(freshClientId(), Scopes.of(Scope.NOTES_WRITE), "https://two.example/cb");

        clients.add(first);
        clients.add(second);

        assertThat(clients.find(first.id())).contains(first);
        assertThat(clients.find(second.id())).contains(second);
    }

    /** Registering must never take over an existing client: the store may refuse, but not replace. */
    @Test
    void aSecondRegistrationUnderTheSameIdDoesNotReplaceTheFirst() {
        ClientId id = freshClientId();
        RegisteredClient first = publicClient(id, Scopes.all(), "https://one.example/cb");
        clients.add(first);

        try {
            clients.add(publicClient(id, Scopes.all(), "https://attacker.example/cb"));
        } catch (RuntimeException refused) {
            // refusing is fine
        }

        assertThat(clients.find(id)).contains(first);
    }

    @Test
    void concurrentRegistrationsAreAllKept() throws Exception {
        List<RegisteredClient> registered = IntStream.range(0, THREADS)
                .mapToObj(i -> publicClient(freshClientId(), Scopes.all())).toList();

        Concurrently.run(THREADS, i -> {
            clients.add(registered.get(i));
            return null;
        });

        registered.forEach(client -> assertThat(clients.find(client.id())).contains(client));
    }

    @ParameterizedTest
    @EnumSource(ApplicationType.class)
    void keepsTheApplicationTypeTheClientRegisteredWith(ApplicationType type) {
        RegisteredClient client = new RegisteredClient(freshClientId(), "typed", List.of(new RedirectUri("https://app.example/cb")),
                TokenEndpointAuthMethod.NONE, Optional.empty(), Scopes.all(), Instant.parse("2025-03-01T12:00:00Z"), true,
                type);

        clients.add(client);

        assertThat(clients.find(client.id())).hasValueSatisfying(found -> assertThat(found.applicationType()).isEqualTo(type));
    }

    @Test
    void aClientNeverUsedIsIdleFromItsRegistration() {
        RegisteredClient client = registeredAt(LONG_AGO);

        clients.removeIdleSince(LONG_AGO);
        assertThat(clients.find(client.id())).as("registered exactly at the cutoff").isPresent();

        assertThat(clients.removeIdleSince(LONG_AGO.plusSeconds(1))).isPositive();
        assertThat(clients.find(client.id())).isEmpty();
    }

    @Test
    void aRecordedUseKeepsTheClientUntilItIsIdleAgain() {
        RegisteredClient used = registeredAt(LONG_AGO);
        RegisteredClient unused = registeredAt(LONG_AGO);
        clients.recordUse(used.id(), LONG_AGO.plus(Duration.ofDays(10)));

        clients.removeIdleSince(LONG_AGO.plus(Duration.ofDays(5)));

        assertThat(clients.find(used.id())).contains(used);
        assertThat(clients.find(unused.id())).isEmpty();
        clients.removeIdleSince(LONG_AGO.plus(Duration.ofDays(11)));
        assertThat(clients.find(used.id())).isEmpty();
    }

    /** Instances' clocks differ: an earlier use recorded late must not make the client look idle. */
    @Test
    void anEarlierUseNeverMovesTheLastUseBack() {
        RegisteredClient client = registeredAt(LONG_AGO);
        clients.recordUse(client.id(), LONG_AGO.plus(Duration.ofDays(10)));
        clients.recordUse(client.id(), LONG_AGO.plus(Duration.ofDays(2)));

        clients.removeIdleSince(LONG_AGO.plus(Duration.ofDays(5)));

        assertThat(clients.find(client.id())).contains(client);
    }

    @Test
    void recordingAUseOfAnUnknownClientRegistersNothing() {
        ClientId unknown = freshClientId();

        clients.recordUse(unknown, LONG_AGO);

        assertThat(clients.find(unknown)).isEmpty();
    }

    @Test
    void concurrentUsesAreAllRecorded() throws Exception {
        List<RegisteredClient> registered = IntStream.range(0, THREADS).mapToObj(i -> registeredAt(LONG_AGO)).toList();

        Concurrently.run(THREADS, i -> {
            clients.recordUse(registered.get(i).id(), LONG_AGO.plus(Duration.ofDays(20)));
            return null;
        });
        clients.removeIdleSince(LONG_AGO.plus(Duration.ofDays(19)));

        registered.forEach(client -> assertThat(clients.find(client.id())).contains(client));
    }

    // ---- listing and removing, for operators

    @Test
    void listsEveryClientWithItsLastUseInIdOrder() {
        RegisteredClient used = registeredAt(LONG_AGO);
        RegisteredClient unused = registeredAt(LONG_AGO.plusSeconds(5));
        clients.recordUse(used.id(), LONG_AGO.plus(Duration.ofDays(3)));

        List<ClientRepository.UsedClient> listed = clients.list();

        assertThat(listed).contains(new ClientRepository.UsedClient(used, LONG_AGO.plus(Duration.ofDays(3))),
                new ClientRepository.UsedClient(unused, LONG_AGO.plusSeconds(5)));
        assertThat(listed).extracting(entry -> entry.client().id().value()).isSorted();
    }

    @Test
    void findsOneClientWithItsLastUse() {
        RegisteredClient client = registeredAt(LONG_AGO);
        clients.recordUse(client.id(), LONG_AGO.plusSeconds(60));

        assertThat(clients.findWithUse(client.id())).contains(new ClientRepository.UsedClient(client, LONG_AGO.plusSeconds(60)));
        assertThat(clients.findWithUse(freshClientId())).isEmpty();
    }

    @Test
    void removesOneClientAndLeavesTheOthers() {
        RegisteredClient removed = registeredAt(LONG_AGO);
        RegisteredClient kept = registeredAt(LONG_AGO);

        assertThat(clients.remove(removed.id())).isTrue();

        assertThat(clients.find(removed.id())).isEmpty();
        assertThat(clients.list()).extracting(ClientRepository.UsedClient::client).doesNotContain(removed).contains(kept);
        assertThat(clients.remove(removed.id())).as("already gone").isFalse();
        assertThat(clients.remove(freshClientId())).isFalse();
    }

    private RegisteredClient registeredAt(Instant at) {
        RegisteredClient client = new RegisteredClient(freshClientId(), "idle", List.of(new RedirectUri("http://127.0.0.1/cb")),
                TokenEndpointAuthMethod.NONE, Optional.empty(), Scopes.all(), at, true);
        clients.add(client);
        return client;
    }
}
