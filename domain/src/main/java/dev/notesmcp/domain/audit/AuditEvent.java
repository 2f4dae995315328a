package dev.notesmcp.domain.audit;

import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the audit trail: when, what, for which user and client, and a few
 * {@linkplain AuditDetail checked details}. It holds identifiers only, never note content, tokens,
 * codes or secrets.
 */
public record AuditEvent(Instant time, AuditEventKind kind, Optional<UserId> user, Optional<ClientId> client,
                         Map<AuditDetail, String> details) {

    public AuditEvent {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(client, "client");
        EnumMap<AuditDetail, String> checked = new EnumMap<>(AuditDetail.class);
        details.forEach((detail, value) -> checked.put(detail, detail.check(value)));
        details = Collections.unmodifiableMap(checked);
    }

    public static AuditEvent of(Instant time, AuditEventKind kind) {
        return new AuditEvent(time, kind, Optional.empty(), Optional.empty(), Map.of());
    }

    public AuditEvent user(UserId userId) {
        return new AuditEvent(time, kind, Optional.of(userId), client, details);
    }

    public AuditEvent client(ClientId clientId) {
        return new AuditEvent(time, kind, user, Optional.of(clientId), details);
    }

    public AuditEvent with(AuditDetail detail, String value) {
        EnumMap<AuditDetail, String> more = new EnumMap<>(AuditDetail.class);
        more.putAll(details);
        more.put(detail, value);
        return new AuditEvent(time, kind, user, client, more);
    }

    public AuditEvent duration(Duration duration) {
        return with(AuditDetail.DURATION_MS, Long.toString(duration.toMillis()));
    }

    public Optional<String> detail(AuditDetail detail) {
        return Optional.ofNullable(details.get(detail));
    }
}
