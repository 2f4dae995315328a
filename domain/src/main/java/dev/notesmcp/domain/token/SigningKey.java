package dev.notesmcp.domain.token;

import dev.notesmcp.domain.Check;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One ES256 key pair of ours as the durable store keeps it. {@code keyId} is the JWT {@code kid};
 * the key signs from {@code activeFrom} (published before, so every instance knows it first);
 * {@code notAfter} is set when a successor is created: the moment after which no token it signed
 * can still be alive, so from then on it is neither accepted nor published. {@code publicKey} is
 * the X.509 SubjectPublicKeyInfo (DER), {@code encryptedPrivateKey} opaque bytes only the token
 * adapter can open.
 */
public record SigningKey(String keyId, Instant createdAt, Instant activeFrom, Optional<Instant> notAfter,
                         byte[] publicKey, byte[] encryptedPrivateKey) {

    public static final int MAX_KEY_ID_LENGTH = 100;

    public SigningKey {
        Check.lengthBetween("keyId", keyId, 1, MAX_KEY_ID_LENGTH);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(activeFrom, "activeFrom");
        Objects.requireNonNull(notAfter, "notAfter");
        if (activeFrom.isBefore(createdAt)) {
            throw new IllegalArgumentException("a key cannot sign before it exists");
        }
        if (notAfter.isPresent() && notAfter.get().isBefore(activeFrom)) {
            throw new IllegalArgumentException("a key cannot retire before it signs");
        }
        if (publicKey.length == 0 || encryptedPrivateKey.length == 0) {
            throw new IllegalArgumentException("both halves of the key are required");
        }
        publicKey = publicKey.clone();
        encryptedPrivateKey = encryptedPrivateKey.clone();
    }

    /** A key that has not been succeeded yet. */
    public static SigningKey created(String keyId, Instant createdAt, Instant activeFrom, byte[] publicKey,
                                     byte[] encryptedPrivateKey) {
        return new SigningKey(keyId, createdAt, activeFrom, Optional.empty(), publicKey, encryptedPrivateKey);
    }

    /** Accepted and published: not yet past {@code notAfter}. */
    public boolean isAcceptedAt(Instant now) {
        return notAfter.isEmpty() || now.isBefore(notAfter.get());
    }

    /** May sign at {@code now} (the ring picks the newest such key). */
    public boolean mayBeUsedAt(Instant now) {
        return !now.isBefore(activeFrom) && isAcceptedAt(now);
    }

    /** This key succeeded: alive until {@code until}, or an earlier date it already had. */
    public SigningKey retiredUntil(Instant until) {
        Instant end = notAfter.filter(existing -> existing.isBefore(until)).orElse(until);
        return new SigningKey(keyId, createdAt, activeFrom, Optional.of(end), publicKey, encryptedPrivateKey);
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public byte[] encryptedPrivateKey() {
        return encryptedPrivateKey.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SigningKey that && keyId.equals(that.keyId) && createdAt.equals(that.createdAt)
                && activeFrom.equals(that.activeFrom) && notAfter.equals(that.notAfter)
                && Arrays.equals(publicKey, that.publicKey) && Arrays.equals(encryptedPrivateKey, that.encryptedPrivateKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keyId, createdAt, activeFrom, notAfter);
    }

    /** Names the key, never its material. */
    @Override
    public String toString() {
        return "SigningKey[" + keyId + ", activeFrom=" + activeFrom + ", notAfter=" + notAfter.orElse(null) + "]";
    }
}
