package dev.notesmcp.bootstrap.config;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code AUDIT_LOG} ({@code store}, {@code stdout}, {@code both} or {@code off}, default
 * {@code store}) and {@code AUDIT_RETENTION} (default 90 days, at least a day, in the syntax of
 * the other lifetimes).
 */
final class AuditVariables {

    static final String LOG = "AUDIT_LOG";
    static final String RETENTION = "AUDIT_RETENTION";
    static final Duration MINIMUM_RETENTION = Duration.ofDays(1);

    private AuditVariables() {
    }

    static AuditSettings read(Environment env, List<String> problems) {
        return new AuditSettings(destination(env, problems), retention(env, problems));
    }

    private static AuditSettings.Destination destination(Environment env, List<String> problems) {
        Optional<String> raw = env.get(LOG);
        if (raw.isEmpty()) {
            return AuditSettings.DEFAULT.destination();
        }
        try {
            return AuditSettings.Destination.valueOf(raw.get().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(LOG + ": must be store, stdout, both or off (got '" + raw.get() + "')");
            return AuditSettings.DEFAULT.destination();
        }
    }

    private static Duration retention(Environment env, List<String> problems) {
        Optional<String> raw = env.get(RETENTION);
        if (raw.isEmpty()) {
            return AuditSettings.DEFAULT.retention();
        }
        try {
            Duration retention = Durations.parse(raw.get());
            if (retention.compareTo(MINIMUM_RETENTION) < 0) {
                problems.add(RETENTION + ": must be at least 1d (got '" + raw.get() + "')");
                return AuditSettings.DEFAULT.retention();
            }
            return retention;
        } catch (IllegalArgumentException e) {
            problems.add(RETENTION + ": " + e.getMessage());
            return AuditSettings.DEFAULT.retention();
        }
    }
}
