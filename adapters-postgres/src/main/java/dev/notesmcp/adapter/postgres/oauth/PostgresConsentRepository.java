package dev.notesmcp.adapter.postgres.oauth;

import dev.notesmcp.adapter.postgres.PlainJdbc;
import dev.notesmcp.adapter.postgres.PostgresDsl;
import dev.notesmcp.application.port.out.ConsentRepository;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.Consent;
import dev.notesmcp.domain.token.Scopes;
import org.jooq.DSLContext;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.Optional;

import static dev.notesmcp.adapter.postgres.PostgresDsl.fromDb;
import static dev.notesmcp.adapter.postgres.PostgresDsl.toDb;
import static dev.notesmcp.adapter.postgres.jooq.Tables.CONSENTS;

/** One consent per (user, client), saved with {@code INSERT … ON CONFLICT DO UPDATE}. */
public final class PostgresConsentRepository implements ConsentRepository {

    private static final String SELECT = "select scopes, granted_at from consents where user_id = ? and client_id = ?";
    /** A later consent for the same user and client replaces the earlier one. */
    private static final String UPSERT = "insert into consents (user_id, client_id, scopes, granted_at) values (?, ?, ?, ?)"
            + " on conflict (user_id, client_id) do update set scopes = excluded.scopes, granted_at = excluded.granted_at";

    private final DSLContext db;

    public PostgresConsentRepository(DataSource dataSource) {
        this.db = PostgresDsl.create(dataSource);
    }

    /** Every login asks for, and most save, a consent: fixed SQL, no query rendered per call. */
    @Override
    public Optional<Consent> find(UserId user, ClientId client) {
        return PlainJdbc.run(db, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SELECT)) {
                statement.setString(1, user.value());
                statement.setString(2, client.value());
                try (ResultSet row = statement.executeQuery()) {
                    return row.next()
                            ? Optional.of(new Consent(user, client, Scopes.parse(row.getString(1)),
                                    fromDb(row.getObject(2, OffsetDateTime.class))))
                            : Optional.<Consent>empty();
                }
            }
        });
    }

    @Override
    public void save(Consent consent) {
        PlainJdbc.run(db, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(UPSERT)) {
                statement.setString(1, consent.user().value());
                statement.setString(2, consent.client().value());
                statement.setString(3, consent.scopes().asString());
                statement.setObject(4, toDb(consent.grantedAt()));
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public int removeAll(UserId user) {
        return db.deleteFrom(CONSENTS).where(CONSENTS.USER_ID.eq(user.value())).execute();
    }

    @Override
    public int removeAll(ClientId client) {
        return db.deleteFrom(CONSENTS).where(CONSENTS.CLIENT_ID.eq(client.value())).execute();
    }

    @Override
    public boolean remove(UserId user, ClientId client) {
        return db.deleteFrom(CONSENTS)
                .where(CONSENTS.USER_ID.eq(user.value()))
                .and(CONSENTS.CLIENT_ID.eq(client.value()))
                .execute() > 0;
    }
}
