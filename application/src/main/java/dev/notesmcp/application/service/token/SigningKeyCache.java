package dev.notesmcp.application.service.token;

import dev.notesmcp.application.port.out.SigningKeyRepository;
import dev.notesmcp.application.port.out.StoreUnavailableException;
import dev.notesmcp.domain.token.SigningKeyRing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The signing keys as read from the durable store, re-read once they are {@code refresh} old, so
 * a key added on another instance is known here at most {@code refresh} later. That bound is what
 * {@code SigningKeyPolicy.publishAhead} must be at least. If the store cannot be read, the last
 * keys read stay in use (a rotation is noticed late, tokens keep working).
 */
public final class SigningKeyCache {

    /** The documented bound on noticing another instance's rotation. */
    public static final Duration DEFAULT_REFRESH = Duration.ofSeconds(30);

    private final SigningKeyRepository store;
    private final Clock clock;
    private final Duration refresh;
    private volatile Snapshot snapshot;

    public SigningKeyCache(SigningKeyRepository store, Clock clock, Duration refresh) {
        this.store = store;
        this.clock = clock;
        this.refresh = refresh;
    }

    /** The keys, read at most {@code refresh} ago. */
    public SigningKeyRing ring() {
        Instant now = clock.instant();
        Snapshot current = snapshot;
        if (current != null && now.isBefore(current.readAt().plus(refresh))) {
            return current.ring();
        }
        try {
            return reload(now).ring();
        } catch (StoreUnavailableException e) {
            if (current == null) {
                throw e;
            }
            return current.ring();
        }
    }

    /** Reads the store now (after this instance rotated, so it signs with what it just wrote). */
    public SigningKeyRing reload() {
        return reload(clock.instant()).ring();
    }

    private Snapshot reload(Instant now) {
        Snapshot fresh = new Snapshot(new SigningKeyRing(List.copyOf(store.acceptedAt(now))), now);
        snapshot = fresh;
        return fresh;
    }

    private record Snapshot(SigningKeyRing ring, Instant readAt) {
    }
}
