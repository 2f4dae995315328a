package dev.notesmcp.bootstrap.config;

import java.time.Duration;
import java.util.Objects;

/** Where audit events go ({@code AUDIT_LOG}) and how long the store keeps them ({@code AUDIT_RETENTION}). */
public record AuditSettings(Destination destination, Duration retention) {

    public static final AuditSettings DEFAULT = new AuditSettings(Destination.STORE, Duration.ofDays(90));

    public enum Destination {
        /** The durable store's audit table or ring. */
        STORE,
        /** One JSON line per event on standard output. */
        STDOUT,
        BOTH,
        OFF;

        public boolean toStore() {
            return this == STORE || this == BOTH;
        }

        public boolean toStdout() {
            return this == STDOUT || this == BOTH;
        }
    }

    public AuditSettings {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(retention, "retention");
    }
}
