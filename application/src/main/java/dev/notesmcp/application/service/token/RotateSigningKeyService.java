package dev.notesmcp.application.service.token;

import dev.notesmcp.application.port.in.token.RotateSigningKeyUseCase;
import dev.notesmcp.application.port.out.SigningKeyGenerator;
import dev.notesmcp.application.port.out.SigningKeyRepository;
import dev.notesmcp.domain.token.SigningKey;
import dev.notesmcp.domain.token.SigningKeyPolicy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Adds signing keys: a first one when there is none, a new one on request ({@code admin keys
 * rotate}) or once the newest is {@code JWT_KEY_ROTATION} old. Every instance may run the timer;
 * the store lets one rotation through.
 */
public final class RotateSigningKeyService implements RotateSigningKeyUseCase {

    private final SigningKeyRepository keys;
    private final SigningKeyGenerator generator;
    private final SigningKeyPolicy policy;
    private final SigningKeyCache cache;
    private final Clock clock;

    public RotateSigningKeyService(SigningKeyRepository keys, SigningKeyGenerator generator, SigningKeyPolicy policy,
                                   SigningKeyCache cache, Clock clock) {
        this.keys = keys;
        this.generator = generator;
        this.policy = policy;
        this.cache = cache;
        this.clock = clock;
    }

    @Override
    public SigningKey rotate() {
        SigningKey next = next(false);
        keys.rotate(next, policy.predecessorsNotAfter(next.activeFrom()), Instant.MAX);
        cache.reload();
        return next;
    }

    /** At start-up: a first key, signing at once, unless another instance made one. */
    public void ensureFirstKey() {
        if (cache.reload().keys().isEmpty()) {
            SigningKey first = next(true);
            keys.rotate(first, first.activeFrom(), Instant.MIN);
            cache.reload();
        }
    }

    /** The {@code JWT_KEY_ROTATION} timer: rotates when the newest key became active {@code period} ago. */
    public boolean rotateIfDue(Duration period) {
        Instant now = clock.instant();
        if (!cache.reload().rotationDueAt(now, period)) {
            return false;
        }
        SigningKey next = next(false);
        boolean rotated = keys.rotate(next, policy.predecessorsNotAfter(next.activeFrom()), now.minus(period).plusNanos(1));
        cache.reload();
        return rotated;
    }

    private SigningKey next(boolean first) {
        // Whole seconds: the stores keep times to the microsecond at best, a kid's dates need no more.
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return generator.generate(now, policy.activeFrom(now, first));
    }
}
