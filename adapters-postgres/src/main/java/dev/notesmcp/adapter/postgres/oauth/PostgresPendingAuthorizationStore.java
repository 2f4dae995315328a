package dev.notesmcp.adapter.postgres.oauth;

import dev.notesmcp.adapter.postgres.PostgresDsl;
import dev.notesmcp.adapter.postgres.jooq.tables.records.PendingAuthorizationsRecord;
import dev.notesmcp.application.port.out.PendingAuthorizationStore;
import dev.notesmcp.domain.identity.UpstreamSignIn;
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
 * our upstream state, with the provider, nonce and PKCE verifier of that sign-in; the state itself
 * is not stored). Taking is {@code DELETE … RETURNING}, so at most one caller gets a row. Expired
 * rows are dropped whenever a request is parked.
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
        park(CONSENT, pending.id(), pending, Optional.empty());
    }

    @Override
    public Optional<PendingAuthorization> takeForConsent(String id) {
        return take(CONSENT, id).map(r -> toPending(r, Optional.empty()));
    }

    @Override
    public void awaitLogin(PendingAuthorization pending) {
        UpstreamSignIn signIn = pending.awaitedSignIn();
        park(LOGIN, TokenHash.of(signIn.state()).value(), pending, Optional.of(signIn));
    }

    @Override
    public Optional<PendingAuthorization> takeForLogin(String state) {
        return take(LOGIN, TokenHash.of(state).value()).map(r -> toPending(r, Optional.of(state)));
    }

    private void park(String stage, String key, PendingAuthorization pending, Optional<UpstreamSignIn> signIn) {
        db.deleteFrom(PENDING_AUTHORIZATIONS).where(PENDING_AUTHORIZATIONS.EXPIRES_AT.le(toDb(clock.instant()))).execute();
        AuthorizationRequest request = pending.request();
        PendingAuthorizationsRecord row = new PendingAuthorizationsRecord();
        row.setStage(stage);
        row.setLookupKey(key);
        row.setRequestId(pending.id());
        row.setClientId(request.client().value());
        row.setRedirectUri(request.redirectUri());
        row.setScopes(request.scopes().asString());
        row.setClientState(request.state().orElse(null));
        row.setCodeChallenge(request.challenge().value());
        row.setCsrfHash(pending.csrfHash().value());
        row.setPresumedUser(pending.presumedUser().map(UserId::value).orElse(null));
        row.setExpiresAt(toDb(pending.expiresAt()));
        row.setProvider(signIn.map(UpstreamSignIn::provider).orElse(null));
        row.setNonce(signIn.map(UpstreamSignIn::nonce).orElse(null));
        row.setCodeVerifier(signIn.map(UpstreamSignIn::codeVerifier).orElse(null));
        db.executeInsert(row);
    }

    private Optional<PendingAuthorizationsRecord> take(String stage, String key) {
        return db.deleteFrom(PENDING_AUTHORIZATIONS)
                .where(PENDING_AUTHORIZATIONS.STAGE.eq(stage))
                .and(PENDING_AUTHORIZATIONS.LOOKUP_KEY.eq(key))
                .returning()
                .fetchOptional();
    }

    /** {@code state}: the login's state as it came back, which the row's key is the hash of. */
    private static PendingAuthorization toPending(PendingAuthorizationsRecord r, Optional<String> state) {
        AuthorizationRequest request = new AuthorizationRequest(new ClientId(r.getClientId()), r.getRedirectUri(),
                Scopes.parse(r.getScopes()), Optional.ofNullable(r.getClientState()),
                new CodeChallenge(r.getCodeChallenge()));
        // A login row parked before sign-ins were recorded has no provider: it can no longer complete.
        Optional<UpstreamSignIn> signIn = state.filter(s -> r.getProvider() != null)
                .map(s -> new UpstreamSignIn(r.getProvider(), s, r.getNonce(), r.getCodeVerifier()));
        return new PendingAuthorization(r.getRequestId(), request, new TokenHash(r.getCsrfHash()),
                fromDb(r.getExpiresAt()), Optional.ofNullable(r.getPresumedUser()).map(UserId::new), signIn);
    }
}
