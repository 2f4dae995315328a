package dev.notesmcp.adapter.postgres.oauth;

import dev.notesmcp.adapter.postgres.PostgresDsl;
import dev.notesmcp.adapter.postgres.jooq.tables.records.ClientsRecord;
import dev.notesmcp.application.port.out.ClientRepository;
import dev.notesmcp.domain.oauth.ApplicationType;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.RedirectUri;
import dev.notesmcp.domain.oauth.RegisteredClient;
import dev.notesmcp.domain.oauth.TokenEndpointAuthMethod;
import dev.notesmcp.domain.oauth.TokenHash;
import dev.notesmcp.domain.token.Scopes;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static dev.notesmcp.adapter.postgres.PostgresDsl.fromDb;
import static dev.notesmcp.adapter.postgres.PostgresDsl.toDb;
import static dev.notesmcp.adapter.postgres.jooq.Tables.CLIENTS;

/**
 * Registered clients; a confidential client's secret only as its hash. A second registration
 * under an existing id is refused by the primary key, never merged. {@code last_used_at} starts at
 * the registration time.
 */
public final class PostgresClientRepository implements ClientRepository {

    private final DSLContext db;

    public PostgresClientRepository(DataSource dataSource) {
        this.db = PostgresDsl.create(dataSource);
    }

    @Override
    public void add(RegisteredClient client) {
        db.executeInsert(new ClientsRecord(client.id().value(), client.name(),
                client.redirectUris().stream().map(RedirectUri::value).toArray(String[]::new),
                client.authMethod().value(), client.secretHash().map(TokenHash::value).orElse(null),
                client.scopes().asString(), toDb(client.issuedAt()), client.refreshTokens(),
                client.applicationType().value(), toDb(client.issuedAt())));
    }

    @Override
    public Optional<RegisteredClient> find(ClientId id) {
        return db.selectFrom(CLIENTS).where(CLIENTS.ID.eq(id.value())).fetchOptional()
                .map(PostgresClientRepository::toClient);
    }

    /** An UPDATE on the primary key that never moves the time back; callers do it at most hourly. */
    @Override
    public void recordUse(ClientId id, Instant now) {
        db.update(CLIENTS).set(CLIENTS.LAST_USED_AT, DSL.greatest(CLIENTS.LAST_USED_AT, DSL.val(toDb(now))))
                .where(CLIENTS.ID.eq(id.value())).execute();
    }

    /** One statement on the indexed {@code last_used_at}: a concurrent use lands first and keeps the row, or finds none. */
    @Override
    public int removeIdleSince(Instant idleSince) {
        return db.deleteFrom(CLIENTS).where(CLIENTS.LAST_USED_AT.lt(toDb(idleSince))).execute();
    }

    @Override
    public List<UsedClient> list() {
        return db.selectFrom(CLIENTS).orderBy(CLIENTS.ID).fetch(PostgresClientRepository::toUsedClient);
    }

    @Override
    public Optional<UsedClient> findWithUse(ClientId id) {
        return db.selectFrom(CLIENTS).where(CLIENTS.ID.eq(id.value())).fetchOptional()
                .map(PostgresClientRepository::toUsedClient);
    }

    @Override
    public boolean remove(ClientId id) {
        return db.deleteFrom(CLIENTS).where(CLIENTS.ID.eq(id.value())).execute() == 1;
    }

    private static UsedClient toUsedClient(ClientsRecord r) {
        return new UsedClient(toClient(r), fromDb(r.getLastUsedAt()));
    }

    private static RegisteredClient toClient(ClientsRecord r) {
        return new RegisteredClient(new ClientId(r.getId()), r.getName(),
                Arrays.stream(r.getRedirectUris()).map(RedirectUri::new).toList(),
                TokenEndpointAuthMethod.fromValue(r.getAuthMethod()),
                Optional.ofNullable(r.getSecretHash()).map(TokenHash::new),
                Scopes.parse(r.getScopes()), fromDb(r.getIssuedAt()), r.getRefreshTokens(),
                ApplicationType.fromValue(r.getApplicationType()));
    }
}
