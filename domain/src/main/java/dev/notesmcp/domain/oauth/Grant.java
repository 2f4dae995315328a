package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.WellFormedText;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.token.Scopes;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a user allowed a client at one login; codes, access and refresh tokens hang off it.
 * Revoking it ends them all.
 */
public record Grant(GrantId id, UserId user, String login, ClientId client, Scopes scopes, Instant createdAt,
                    Optional<Instant> revokedAt) {

    public Grant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(user, "user");
        WellFormedText.require("login", Objects.requireNonNull(login, "login"));
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(scopes, "scopes");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }

    public static Grant start(UserId user, String login, ClientId client, Scopes scopes, Instant now) {
        return new Grant(GrantId.random(), user, login, client, scopes, now, Optional.empty());
    }

    public boolean isActive() {
        return revokedAt.isEmpty();
    }

    public Grant revokedAt(Instant now) {
        return revokedAt.isPresent() ? this : new Grant(id, user, login, client, scopes, createdAt, Optional.of(now));
    }
}
