package dev.notesmcp.adapter.postgres.oauth;

import dev.notesmcp.adapter.postgres.PostgresDsl;
import dev.notesmcp.adapter.postgres.jooq.tables.records.ClientsRecord;
import dev.notesmcp.application.port.out.ClientRepository;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.RedirectUri;
import dev.notesmcp.domain.oauth.RegisteredClient;
import dev.notesmcp.domain.oauth.TokenEndpointAuthMethod;
import dev.notesmcp.domain.oauth.TokenHash;
import dev.notesmcp.domain.token.Scopes;
import org.jooq.DSLContext;

import javax.sql.DataSource;
import java.util.Arrays;
import java.util.Optional;

import static dev.notesmcp.adapter.postgres.PostgresDsl.fromDb;
import static dev.notesmcp.adapter.postgres.PostgresDsl.toDb;
import static dev.notesmcp.adapter.postgres.jooq.Tables.CLIENTS;

/**
 * Registered clients; a confidential client's secret only as its hash. A second registration
 * under an existing id is refused by the primary key, never merged.
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
                client.scopes().asString(), toDb(client.issuedAt()), client.refreshTokens()));
    }

    @Override
    public Optional<RegisteredClient> find(ClientId id) {
        return db.selectFrom(CLIENTS).where(CLIENTS.ID.eq(id.value())).fetchOptional()
                .map(PostgresClientRepository::toClient);
    }

    private static RegisteredClient toClient(ClientsRecord r) {
        return new RegisteredClient(new ClientId(r.getId()), r.getName(),
                Arrays.stream(r.getRedirectUris()).map(RedirectUri::new).toList(),
                TokenEndpointAuthMethod.fromValue(r.getAuthMethod()),
                Optional.ofNullable(r.getSecretHash()).map(TokenHash::new),
                Scopes.parse(r.getScopes()), fromDb(r.getIssuedAt()), r.getRefreshTokens());
    }
}
