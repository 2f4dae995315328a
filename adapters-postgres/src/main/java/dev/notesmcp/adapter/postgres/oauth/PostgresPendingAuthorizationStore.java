package dev.notesmcp.adapter.postgres.oauth;

import dev.notesmcp.adapter.postgres.PostgresDsl;
import dev.notesmcp.adapter.postgres.jooq.tables.records.PendingAuthorizationsRecord;
import dev.notesmcp.application.port.out.PendingAuthorizationStore;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.AuthorizationRequest;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.CodeChallenge;
import dev.notesmcp.domain.oauth.PendingAuthorization;
import dev.notesmcp.domain.oauth.TokenHash;
import dev.notesmcp.domain.token.Scopes;
import org.jooq.DSLContext;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.Optional;

import static dev.notesmcp.adapter.postgres.PostgresDsl.fromDb;
import static dev.notesmcp.adapter.postgres.PostgresDsl.toDb;
import static dev.notesmcp.adapter.postgres.jooq.Tables.PENDING_AUTHORIZATIONS;

/**
 * Authorization requests in flight, one row per wait: (consent, request id) or (login, hash of
 * our upstream state). Taking is {@code DELETE … RETURNING}, so at most one caller gets a row.
 * Expired rows are dropped whenever a request is parked.
 */
public final class PostgresPendingAuthorizationStore implements PendingAuthorizationStore {

    private static final String CONSENT = "consent";
    private static final String LOGIN = "login";

    private final DSLContext db;
    private final Clock clock;

    public PostgresPendingAuthorizationStore(DataSource dataSource, Clock clock) {
        this.db = PostgresDsl.create(dataSource);
        this.clock = clock;
    }

    @Override
    public void awaitConsent(PendingAuthorization pending) {
        park(CONSENT, pending.id(), pending);
    }

    @Override
    public Optional<PendingAuthorization> takeForConsent(String id) {
        return take(CONSENT, id);
    }

    @Override
    public void awaitLogin(TokenHash state, PendingAuthorization pending) {
        park(LOGIN, state.value(), pending);
    }

    @Override
    public Optional<PendingAuthorization> takeForLogin(TokenHash state) {
        return take(LOGIN, state.value());
    }

    private void park(String stage, String key, PendingAuthorization pending) {
        db.deleteFrom(PENDING_AUTHORIZATIONS).where(PENDING_AUTHORIZATIONS.EXPIRES_AT.le(toDb(clock.instant()))).execute();
        AuthorizationRequest request = pending.request();
        db.executeInsert(new PendingAuthorizationsRecord(stage, key, pending.id(), request.client().value(),
                request.redirectUri(), request.scopes().asString(), request.state().orElse(null),
                request.challenge().value(), pending.csrfHash().value(),
                pending.presumedUser().map(UserId::value).orElse(null), toDb(pending.expiresAt())));
    }

    private Optional<PendingAuthorization> take(String stage, String key) {
        return db.deleteFrom(PENDING_AUTHORIZATIONS)
                .where(PENDING_AUTHORIZATIONS.STAGE.eq(stage))
                .and(PENDING_AUTHORIZATIONS.LOOKUP_KEY.eq(key))
                .returning()
                .fetchOptional()
                .map(PostgresPendingAuthorizationStore::toPending);
    }

    private static PendingAuthorization toPending(PendingAuthorizationsRecord r) {
        AuthorizationRequest request = new AuthorizationRequest(new ClientId(r.getClientId()), r.getRedirectUri(),
                Scopes.parse(r.getScopes()), Optional.ofNullable(r.getClientState()),
                new CodeChallenge(r.getCodeChallenge()));
        return new PendingAuthorization(r.getRequestId(), request, new TokenHash(r.getCsrfHash()),
                fromDb(r.getExpiresAt()), Optional.ofNullable(r.getPresumedUser()).map(UserId::new));
    }
}
