package dev.notesmcp.adapter.postgres.oauth;

import dev.notesmcp.adapter.postgres.PostgresDsl;
import dev.notesmcp.application.port.out.ConsentRepository;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.Consent;
import dev.notesmcp.domain.token.Scopes;
import org.jooq.DSLContext;

import javax.sql.DataSource;
import java.util.Optional;

import static dev.notesmcp.adapter.postgres.PostgresDsl.fromDb;
import static dev.notesmcp.adapter.postgres.PostgresDsl.toDb;
import static dev.notesmcp.adapter.postgres.jooq.Tables.CONSENTS;

/** One consent per (user, client), saved with {@code INSERT … ON CONFLICT DO UPDATE}. */
public final class PostgresConsentRepository implements ConsentRepository {

    private final DSLContext db;

    public PostgresConsentRepository(DataSource dataSource) {
        this.db = PostgresDsl.create(dataSource);
    }

    @Override
    public Optional<Consent> find(UserId user, ClientId client) {
        return db.selectFrom(CONSENTS)
                .where(CONSENTS.USER_ID.eq(user.value()))
                .and(CONSENTS.CLIENT_ID.eq(client.value()))
                .fetchOptional()
                .map(r -> new Consent(new UserId(r.getUserId()), new ClientId(r.getClientId()),
                        Scopes.parse(r.getScopes()), fromDb(r.getGrantedAt())));
    }

    @Override
    public void save(Consent consent) {
        db.insertInto(CONSENTS)
                .set(CONSENTS.USER_ID, consent.user().value())
                .set(CONSENTS.CLIENT_ID, consent.client().value())
                .set(CONSENTS.SCOPES, consent.scopes().asString())
                .set(CONSENTS.GRANTED_AT, toDb(consent.grantedAt()))
                .onConflict(CONSENTS.USER_ID, CONSENTS.CLIENT_ID)
                .doUpdate()
                .set(CONSENTS.SCOPES, consent.scopes().asString())
                .set(CONSENTS.GRANTED_AT, toDb(consent.grantedAt()))
                .execute();
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
