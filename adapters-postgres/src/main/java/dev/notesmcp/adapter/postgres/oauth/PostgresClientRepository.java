package dev.notesmcp.adapter.postgres.oauth;

import dev.notesmcp.adapter.postgres.PlainJdbc;
import dev.notesmcp.adapter.postgres.PostgresDsl;
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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static dev.notesmcp.adapter.postgres.PostgresDsl.fromDb;
import static dev.notesmcp.adapter.postgres.PostgresDsl.toDb;
import static dev.notesmcp.adapter.postgres.jooq.Tables.CLIENTS;

/**
 * Registered clients; a confidential client's secret only as its hash. Registering, finding and listing
 * them are fixed SQL through {@link PlainJdbc}, read by one row mapper: their jOOQ rendering led the
 * OAuth dance's profile on PostgreSQL (bench/README.md, decision 21); the updates and deletes stay jOOQ. A second registration
 * under an existing id is refused by the primary key, never merged. {@code last_used_at} starts at
 * the registration time.
 */
public final class PostgresClientRepository implements ClientRepository {

    /** The columns in the order {@link #INSERT} binds them and {@link #toUsedClient(ResultSet)} reads them. */
    private static final String COLUMNS = "id, name, redirect_uris, auth_method, secret_hash, scopes, issued_at,"
            + " refresh_tokens, application_type, last_used_at";
    private static final String INSERT = "insert into clients (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT_BY_ID = "select " + COLUMNS + " from clients where id = ?";
    private static final String SELECT_ALL = "select " + COLUMNS + " from clients order by id";

    private final DSLContext db;

    public PostgresClientRepository(DataSource dataSource) {
        this.db = PostgresDsl.create(dataSource);
    }

    @Override
    public void add(RegisteredClient client) {
        PlainJdbc.run(db, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
                statement.setString(1, client.id().value());
                statement.setString(2, client.name());
                statement.setArray(3, connection.createArrayOf("text",
                        client.redirectUris().stream().map(RedirectUri::value).toArray(String[]::new)));
                statement.setString(4, client.authMethod().value());
                statement.setString(5, client.secretHash().map(TokenHash::value).orElse(null));
                statement.setString(6, client.scopes().asString());
                statement.setObject(7, toDb(client.issuedAt()));
                statement.setBoolean(8, client.refreshTokens());
                statement.setString(9, client.applicationType().value());
                statement.setObject(10, toDb(client.issuedAt()));
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public Optional<RegisteredClient> find(ClientId id) {
        return findWithUse(id).map(UsedClient::client);
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
        return PlainJdbc.run(db, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SELECT_ALL);
                 ResultSet rows = statement.executeQuery()) {
                List<UsedClient> clients = new ArrayList<>();
                while (rows.next()) {
                    clients.add(toUsedClient(rows));
                }
                return clients;
            }
        });
    }

    /** Every authorization and token request asks for its client: fixed SQL, no query rendered per call. */
    @Override
    public Optional<UsedClient> findWithUse(ClientId id) {
        return PlainJdbc.run(db, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SELECT_BY_ID)) {
                statement.setString(1, id.value());
                try (ResultSet row = statement.executeQuery()) {
                    return row.next() ? Optional.of(toUsedClient(row)) : Optional.<UsedClient>empty();
                }
            }
        });
    }

    @Override
    public boolean remove(ClientId id) {
        return db.deleteFrom(CLIENTS).where(CLIENTS.ID.eq(id.value())).execute() == 1;
    }

    private static UsedClient toUsedClient(ResultSet row) throws SQLException {
        RegisteredClient client = new RegisteredClient(new ClientId(row.getString(1)), row.getString(2),
                Arrays.stream((String[]) row.getArray(3).getArray()).map(RedirectUri::new).toList(),
                TokenEndpointAuthMethod.fromValue(row.getString(4)),
                Optional.ofNullable(row.getString(5)).map(TokenHash::new),
                Scopes.parse(row.getString(6)), fromDb(row.getObject(7, OffsetDateTime.class)), row.getBoolean(8),
                ApplicationType.fromValue(row.getString(9)));
        return new UsedClient(client, fromDb(row.getObject(10, OffsetDateTime.class)));
    }
}
