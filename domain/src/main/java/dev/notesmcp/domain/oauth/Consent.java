package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.token.Scope;
import dev.notesmcp.domain.token.Scopes;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;

/** What a user has agreed to give one client; remembered so a returning user is not asked again. */
public record Consent(UserId user, ClientId client, Scopes scopes, Instant grantedAt) {

    public Consent {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(scopes, "scopes");
        Objects.requireNonNull(grantedAt, "grantedAt");
    }

    /** Whether this consent already covers every scope in {@code requested}. */
    public boolean covers(Scopes requested) {
        return scopes.values().containsAll(requested.values());
    }

    /** This consent widened by {@code more} (a later approval adds to, never replaces, what was given). */
    public Consent including(Scopes more, Instant now) {
        EnumSet<Scope> union = EnumSet.noneOf(Scope.class);
        union.addAll(scopes.values());
        union.addAll(more.values());
        return new Consent(user, client, new Scopes(union), now);
    }
}
