package dev.notesmcp.application.port.out;

import dev.notesmcp.domain.token.SigningKey;

import java.time.Instant;
import java.util.List;

/**
 * Our ES256 signing keys (durable: tokens they signed outlive a restart, and every instance must
 * sign and verify with the same keys).
 */
public interface SigningKeyRepository {

    /** Every key still accepted at {@code now} (not yet past its not-after date), in any order. */
    List<SigningKey> acceptedAt(Instant now);

    /**
     * One rotation, atomically across every instance: when the newest key became active before
     * {@code onlyIfNewestActiveBefore} (or there is no key at all), every key without a not-after
     * date gets {@code predecessorsNotAfter} and {@code next} is added. False when the condition did
     * not hold, e.g. another instance rotated first. {@link Instant#MIN} creates only a first key,
     * {@link Instant#MAX} always rotates.
     */
    boolean rotate(SigningKey next, Instant predecessorsNotAfter, Instant onlyIfNewestActiveBefore);
}
