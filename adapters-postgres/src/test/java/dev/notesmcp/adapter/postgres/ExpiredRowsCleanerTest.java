package dev.notesmcp.adapter.postgres;

import dev.notesmcp.adapter.postgres.oauth.PostgresAuthorizationCodeStore;
import dev.notesmcp.adapter.postgres.oauth.PostgresPendingAuthorizationStore;
import dev.notesmcp.adapter.postgres.oauth.PostgresRevokedAccessTokens;
import dev.notesmcp.adapter.postgres.oauth.PostgresSigningKeyRepository;
import dev.notesmcp.adapter.postgres.oauth.PostgresUsedClientAssertions;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.AuthorizationCode;
import dev.notesmcp.domain.oauth.AuthorizationRequest;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.CodeChallenge;
import dev.notesmcp.domain.oauth.CodeVerifier;
import dev.notesmcp.domain.oauth.GrantId;
import dev.notesmcp.domain.oauth.OpaqueToken;
import dev.notesmcp.domain.oauth.PendingAuthorization;
import dev.notesmcp.domain.oauth.TokenHash;
import dev.notesmcp.domain.token.Scopes;
import dev.notesmcp.domain.token.SigningKey;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Expired short-lived rows go; live ones stay. */
class ExpiredRowsCleanerTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    @Test
    void removesOnlyWhatHasExpired() {
        String schema = TestDatabase.freshSchemaName();
        HikariDataSource dataSource = PostgresDataSources.create(TestDatabase.settingsFor(schema));
        PostgresMigrations.migrate(dataSource, schema);
        try {
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            PostgresRevokedAccessTokens revoked = new PostgresRevokedAccessTokens(dataSource, clock);
            revoked.revoke("dead", NOW.minusSeconds(1));
            revoked.revoke("alive", NOW.plusSeconds(600));
            PostgresAuthorizationCodeStore codes = new PostgresAuthorizationCodeStore(dataSource);
            OpaqueToken oldCode = OpaqueToken.random();
            OpaqueToken freshCode = OpaqueToken.random();
            codes.add(code(oldCode, NOW.minus(Duration.ofHours(1))));
            codes.add(code(freshCode, NOW));
            PostgresUsedClientAssertions assertions = new PostgresUsedClientAssertions(dataSource);
            TokenHash spent = OpaqueToken.random().hash();
            TokenHash current = OpaqueToken.random().hash();
            assertions.firstUse(spent, NOW.minusSeconds(1));
            assertions.firstUse(current, NOW.plusSeconds(60));
            PostgresPendingAuthorizationStore pending = new PostgresPendingAuthorizationStore(dataSource, clock);
            PendingAuthorization stale = pendingExpiringAt(NOW.minusSeconds(1));
            PendingAuthorization live = pendingExpiringAt(NOW.plusSeconds(60));
            pending.awaitConsent(stale);
            pending.awaitConsent(live);
            PostgresSigningKeyRepository keys = new PostgresSigningKeyRepository(dataSource);
            keys.rotate(signingKey("retired", NOW.minus(Duration.ofDays(2))), NOW, Instant.MIN);
            keys.rotate(signingKey("current", NOW.minus(Duration.ofDays(1))), NOW.minusSeconds(1), Instant.MAX);

            // The stores also drop expired rows as new ones arrive; the old code is left for the cleaner.
            assertThat(new ExpiredRowsCleaner(dataSource).purge(NOW)).isPositive();

            assertThat(revoked.isRevoked("dead")).isFalse();
            assertThat(revoked.isRevoked("alive")).isTrue();
            assertThat(codes.redeem(oldCode.hash(), NOW)).isEmpty();
            assertThat(codes.redeem(freshCode.hash(), NOW)).isPresent();
            assertThat(assertions.firstUse(spent, NOW.plusSeconds(60))).as("expired, so forgotten").isTrue();
            assertThat(assertions.firstUse(current, NOW.plusSeconds(60))).as("live, so a replay").isFalse();
            assertThat(pending.takeForConsent(stale.id())).isEmpty();
            assertThat(pending.takeForConsent(live.id())).isPresent();
            assertThat(DSL.using(dataSource, SQLDialect.POSTGRES).fetch("SELECT key_id FROM signing_keys")
                    .getValues(0, String.class)).as("the retired key's row is gone").containsExactly("current");
        } finally {
            TestDatabase.dropSchema(dataSource, schema);
            dataSource.close();
        }
    }

    private static AuthorizationCode code(OpaqueToken code, Instant issuedAt) {
        return AuthorizationCode.issue(code.hash(), GrantId.random(), new ClientId("client"), "http://127.0.0.1/cb",
                CodeChallenge.s256(new CodeVerifier("v".repeat(43))), new UserId("dev:a"), "a", Scopes.all(), issuedAt);
    }

    private static SigningKey signingKey(String keyId, Instant activeFrom) {
        return SigningKey.created(keyId, activeFrom, activeFrom, new byte[]{1}, new byte[]{2});
    }

    private static PendingAuthorization pendingExpiringAt(Instant expiresAt) {
        return new PendingAuthorization(UUID.randomUUID().toString(),
                new AuthorizationRequest(new ClientId("client"), "http://127.0.0.1/cb", Scopes.all(), Optional.empty(),
                        CodeChallenge.s256(new CodeVerifier("v".repeat(43)))),
                OpaqueToken.random().hash(), expiresAt);
    }
}
