package dev.notesmcp.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notesmcp.bootstrap.SignInFlow.TokenPair;
import dev.notesmcp.bootstrap.admin.AdminOutcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.notesmcp.bootstrap.OAuthAssertions.assertAcceptedOnMcp;
import static dev.notesmcp.bootstrap.OAuthAssertions.assertInvalidClient;
import static dev.notesmcp.bootstrap.OAuthAssertions.assertOAuthError;
import static dev.notesmcp.bootstrap.OAuthAssertions.assertRefusedOnMcp;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin CLI on PostgreSQL, beside two running instances that cache "not revoked" answers for
 * the default {@code REVOCATION_CACHE} (2 s, on the shared test clock): one user signed in through
 * two clients; {@code admin clients revoke} ends one client's access and refresh tokens on both
 * instances within that bound while the other client goes on; {@code admin users revoke} ends
 * the rest. Exit codes and {@code --json} are checked as a script would read them.
 */
class AdminCliEndToEndTest {

    private static final TestSchema SCHEMA = TestSchema.fresh("notes_mcp_admin_");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final TestClock CLOCK = new TestClock();
    private static TestServer a;
    private static TestServer b;

    @BeforeAll
    static void start() {
        int portA = TestServer.freePort();
        Map<String, String> shared = new HashMap<>(SCHEMA.variables());
        shared.putAll(Map.of("IDENTITY_PROVIDERS", "dev", "PUBLIC_URL", "http://localhost:" + portA));
        Map<String, String> onA = new HashMap<>(shared);
        onA.put("PORT", String.valueOf(portA));
        a = TestServer.start(onA, CLOCK);
        b = TestServer.start(shared, CLOCK);
    }

    @AfterAll
    static void stop() throws SQLException {
        b.close();
        a.close();
        SCHEMA.drop();
    }

    private static AdminOutcome admin(String... arguments) {
        return AdminCommand.run(a.settings(), List.of(arguments), CLOCK);
    }

    private static JsonNode adminJson(String... arguments) throws Exception {
        AdminOutcome outcome = admin(arguments);
        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(AdminOutcome.DONE);
        return JSON.readTree(outcome.message());
    }

    /** Past the bound for which an instance may still trust a cached "not revoked". */
    private static void pastTheRevocationBound() {
        CLOCK.advance(a.settings().revocationCacheStaleness().plusSeconds(1));
    }

    @Test
    void revokingOneClientEndsItsTokensOnEveryInstanceAndLeavesTheUsersOtherClientWorking() throws Exception {
        SignInFlow flow = SignInFlow.discover(a, SignInFlow.devLogin("admin-alice"));
        OAuthClient laptop = flow.register("Laptop app");
        OAuthClient phone = flow.register("Phone app");
        TokenPair onLaptop = flow.signIn(laptop);
        TokenPair onPhone = flow.signIn(phone);
        for (TestServer server : List.of(a, b)) {
            assertAcceptedOnMcp(server, onLaptop.accessToken());
            assertAcceptedOnMcp(server, onPhone.accessToken());
        }

        JsonNode clients = adminJson("clients", "list", "--json");
        assertThat(clients.findValuesAsText("client_id")).contains(laptop.clientId, phone.clientId);
        JsonNode grants = adminJson("grants", "list", "--user", "dev:admin-alice", "--json");
        assertThat(grants).hasSize(2);
        assertThat(grants.findValuesAsText("client_id")).containsExactlyInAnyOrder(laptop.clientId, phone.clientId);
        assertThat(grants.findValuesAsText("login")).containsOnly("admin-alice");
        assertThat(grants.findValues("revoked_at")).allSatisfy(value -> assertThat(value.isNull()).isTrue());
        AdminOutcome table = admin("clients", "show", laptop.clientId);
        assertThat(table.message()).contains("Laptop app").contains("dev:admin-alice").contains("last used:");

        JsonNode revoked = adminJson("clients", "revoke", laptop.clientId, "--json");

        assertThat(revoked.get("client_id").asText()).isEqualTo(laptop.clientId);
        assertThat(revoked.get("registration_removed").asBoolean()).isTrue();
        assertThat(revoked.get("grants")).hasSize(1);
        assertThat(revoked.get("consents_forgotten").asInt()).as("alice's remembered consent to the laptop app").isEqualTo(1);
        assertThat(revoked.get("grants").get(0).get("revoked_at").isTextual()).isTrue();
        String everything = clients.toString() + grants + revoked + table.message();
        assertThat(everything).doesNotContain(onLaptop.accessToken(), onLaptop.refreshToken(), onPhone.refreshToken());
        pastTheRevocationBound();
        for (TestServer server : List.of(a, b)) {
            assertRefusedOnMcp(server, onLaptop.accessToken());
            assertAcceptedOnMcp(server, onPhone.accessToken());
        }
        assertInvalidClient(laptop.refresh(flow.tokenEndpoint, onLaptop.refreshToken()), onLaptop.refreshToken());
        TokenPair phoneRefreshed = TokenPair.issued(
                phone.refresh(URI.create(b.baseUrl() + "/token"), onPhone.refreshToken()), OAuthClient.ALL_SCOPES);
        assertAcceptedOnMcp(a, phoneRefreshed.accessToken());
        assertThat(admin("clients", "show", laptop.clientId).exitCode()).isEqualTo(AdminOutcome.NOT_FOUND);
        assertThat(adminJson("clients", "list", "--json").findValuesAsText("client_id"))
                .doesNotContain(laptop.clientId).contains(phone.clientId);

        JsonNode userRevoked = adminJson("users", "revoke", "dev:admin-alice", "--json");

        assertThat(userRevoked.get("user").asText()).isEqualTo("dev:admin-alice");
        assertThat(userRevoked.get("grants").findValuesAsText("client_id")).containsOnly(laptop.clientId, phone.clientId);
        assertThat(userRevoked.get("consents_forgotten").asInt())
                .as("the phone's: the laptop's went with the client").isEqualTo(1);
        pastTheRevocationBound();
        for (TestServer server : List.of(a, b)) {
            assertRefusedOnMcp(server, onPhone.accessToken());
            assertRefusedOnMcp(server, phoneRefreshed.accessToken());
        }
        assertOAuthError(phone.refresh(flow.tokenEndpoint, phoneRefreshed.refreshToken()), "invalid_grant");
        assertThat(adminJson("clients", "show", phone.clientId, "--json").get("grants").findValues("revoked_at"))
                .as("the client stays registered; its grants are all ended")
                .allSatisfy(value -> assertThat(value.isTextual()).isTrue());
    }

    @Test
    void revokingOneGrantEndsThatSignInOnly() throws Exception {
        SignInFlow flow = SignInFlow.discover(a, SignInFlow.devLogin("admin-bob"));
        OAuthClient client = flow.register("Bob's app");
        TokenPair first = flow.signIn(client);
        CLOCK.advance(java.time.Duration.ofSeconds(1));
        TokenPair second = flow.signIn(client);
        JsonNode grants = adminJson("grants", "list", "--client", client.clientId, "--json");
        assertThat(grants).hasSize(2);
        String newest = grants.get(0).get("grant_id").asText();

        JsonNode revoked = adminJson("grants", "revoke", newest, "--json");

        assertThat(revoked.get("grant_id").asText()).isEqualTo(newest);
        pastTheRevocationBound();
        assertRefusedOnMcp(b, second.accessToken());
        assertAcceptedOnMcp(b, first.accessToken());
        assertThat(adminJson("grants", "list", "--client", client.clientId, "--user", "dev:admin-bob", "--json")
                .get(1).get("revoked_at").isNull()).isTrue();
    }

    @Test
    void exitCodesSayWhatHappened() {
        assertThat(admin("clients", "show", "no-such-client").exitCode()).isEqualTo(AdminOutcome.NOT_FOUND);
        assertThat(admin("clients", "revoke", "no-such-client").exitCode()).isEqualTo(AdminOutcome.NOT_FOUND);
        assertThat(admin("grants", "revoke", UUID.randomUUID().toString()).exitCode()).isEqualTo(AdminOutcome.NOT_FOUND);
        assertThat(admin("users", "revoke", "dev:nobody-at-all").exitCode()).isEqualTo(AdminOutcome.NOT_FOUND);
        AdminOutcome usage = admin("clients", "delete", "x");
        assertThat(usage.exitCode()).isEqualTo(AdminOutcome.USAGE_ERROR);
        assertThat(usage.message()).contains("admin clients list").contains("3 not found");
        AdminOutcome nothing = admin();
        assertThat(nothing.exitCode()).isEqualTo(AdminOutcome.USAGE_ERROR);
        assertThat(nothing.message()).contains("admin keys rotate").contains("admin users revoke USER");
        assertThat(admin("users", "revoke", "no-provider").exitCode()).isEqualTo(AdminOutcome.USAGE_ERROR);
        assertThat(admin("grants", "list").exitCode()).isEqualTo(AdminOutcome.DONE);
    }

    @Test
    void aStoreInsideEachServerIsRefusedWithoutTouchingAnything() {
        try (TestServer memory = TestServer.start()) {
            AdminOutcome refused = AdminCommand.run(memory.settings(), List.of("clients", "list"), CLOCK);
            assertThat(refused.exitCode()).isEqualTo(AdminOutcome.USAGE_ERROR);
            assertThat(refused.message()).contains("STORE=memory").contains("STORE=postgres");
        }
        Map<String, String> ephemeralInMemory = new HashMap<>(Map.of("STORE", "postgres", "EPHEMERAL_STORE", "memory",
                "DATABASE_URL", SCHEMA.databaseUrl(), "DATABASE_SCHEMA", SCHEMA.name(), "IDENTITY_PROVIDERS", "dev"));
        try (TestServer split = TestServer.start(ephemeralInMemory, CLOCK)) {
            assertThat(AdminCommand.run(split.settings(), List.of("clients", "list"), CLOCK).exitCode())
                    .as("reading needs only STORE").isEqualTo(AdminOutcome.DONE);
            AdminOutcome refused = AdminCommand.run(split.settings(), List.of("users", "revoke", "dev:x"), CLOCK);
            assertThat(refused.exitCode()).isEqualTo(AdminOutcome.USAGE_ERROR);
            assertThat(refused.message()).contains("EPHEMERAL_STORE=memory");
        }
    }
}
