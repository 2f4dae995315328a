package dev.notesmcp.domain.audit;

import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the audit trail: when, what, for which user and client, and a few
 * {@linkplain AuditDetail checked details}. It holds identifiers only, never note content, tokens,
 * codes or secrets.
 *
 * <p>The details are {@link CheckedDetails}: each value is checked once, when it is added, and the
 * events derived from this one (a user, a client, another detail) check only what they add. A tool
 * call's event is derived six times on every call; re-checking every earlier detail at each step
 * ran a dozen regular expressions per call.
 */
public record AuditEvent(Instant time, AuditEventKind kind, Optional<UserId> user, Optional<ClientId> client,
                         CheckedDetails details) {

    public AuditEvent {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(details, "details");
    }

    /** An event whose details are not checked yet (read from a store, say): each is checked by its rule. */
    public AuditEvent(Instant time, AuditEventKind kind, Optional<UserId> user, Optional<ClientId> client,
                      Map<AuditDetail, String> details) {
        this(time, kind, user, client, CheckedDetails.of(details));
    }

    public static AuditEvent of(Instant time, AuditEventKind kind) {
        return new AuditEvent(time, kind, Optional.empty(), Optional.empty(), CheckedDetails.none());
    }

    public AuditEvent user(UserId userId) {
        return new AuditEvent(time, kind, Optional.of(userId), client, details);
    }

    public AuditEvent client(ClientId clientId) {
        return new AuditEvent(time, kind, user, Optional.of(clientId), details);
    }

    public AuditEvent with(AuditDetail detail, String value) {
        return new AuditEvent(time, kind, user, client, details.with(detail, value));
    }

    public AuditEvent duration(Duration duration) {
        return with(AuditDetail.DURATION_MS, Long.toString(duration.toMillis()));
    }

    public Optional<String> detail(AuditDetail detail) {
        return Optional.ofNullable(details.get(detail));
    }
}
