package dev.notesmcp.domain.audit;

import dev.notesmcp.domain.Check;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Which events to read back, newest first: optionally one user's, one client's, since a time; at most {@code limit}. */
public record AuditQuery(Optional<UserId> user, Optional<ClientId> client, Optional<Instant> since, int limit) {

    public static final int MAX_LIMIT = 10_000;

    public AuditQuery {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(since, "since");
        Check.between("limit", limit, 1, MAX_LIMIT);
    }

    public static AuditQuery latest(int limit) {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), limit);
    }

    public AuditQuery user(UserId userId) {
        return new AuditQuery(Optional.of(userId), client, since, limit);
    }

    public AuditQuery client(ClientId clientId) {
        return new AuditQuery(user, Optional.of(clientId), since, limit);
    }

    public AuditQuery since(Instant from) {
        return new AuditQuery(user, client, Optional.of(from), limit);
    }

    /** Whether {@code event} is one this query asks for (the limit aside); {@code since} is inclusive. */
    public boolean matches(AuditEvent event) {
        return user.map(u -> event.user().equals(Optional.of(u))).orElse(true)
                && client.map(c -> event.client().equals(Optional.of(c))).orElse(true)
                && since.map(s -> !event.time().isBefore(s)).orElse(true);
    }
}
