package dev.notesmcp.domain.token;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Our signing keys at one moment of reading: which one signs, which ones verify and are published. */
public record SigningKeyRing(List<SigningKey> keys) {

    private static final Comparator<SigningKey> BY_ACTIVATION = Comparator.comparing(SigningKey::activeFrom)
            .thenComparing(SigningKey::keyId);

    public SigningKeyRing {
        keys = keys.stream().sorted(BY_ACTIVATION.reversed()).toList();
    }

    /** The key that signs at {@code now}: the newest one already active and not retired. */
    public Optional<SigningKey> signingKeyAt(Instant now) {
        return keys.stream().filter(key -> key.mayBeUsedAt(now)).findFirst();
    }

    /** The key a token names by {@code kid}, if it is still accepted. */
    public Optional<SigningKey> find(String keyId, Instant now) {
        return keys.stream().filter(key -> key.keyId().equals(keyId) && key.isAcceptedAt(now)).findFirst();
    }

    /** Every key a verifier may meet: the signing key, the next one, and the previous ones still alive. */
    public List<SigningKey> publishedAt(Instant now) {
        return keys.stream().filter(key -> key.isAcceptedAt(now)).toList();
    }

    /** Whether the newest key became active at least {@code period} ago (or there is none). */
    public boolean rotationDueAt(Instant now, Duration period) {
        return keys.stream().findFirst().map(newest -> !newest.activeFrom().plus(period).isAfter(now)).orElse(true);
    }
}
