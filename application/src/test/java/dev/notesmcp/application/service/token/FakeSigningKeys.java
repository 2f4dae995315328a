package dev.notesmcp.application.service.token;

import dev.notesmcp.application.port.out.SigningKeyGenerator;
import dev.notesmcp.application.port.out.SigningKeyRepository;
import dev.notesmcp.application.port.out.StoreUnavailableException;
import dev.notesmcp.domain.token.SigningKey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A signing-key store and generator in one, which can be made unavailable and counts its reads. */
final class FakeSigningKeys implements SigningKeyRepository, SigningKeyGenerator {

    private final List<SigningKey> keys = new ArrayList<>();
    private int generated;
    int reads;
    boolean down;

    @Override
    public synchronized SigningKey generate(Instant createdAt, Instant activeFrom) {
        generated++;
        return SigningKey.created("k" + generated, createdAt, activeFrom, new byte[]{1}, new byte[]{2});
    }

    @Override
    public synchronized List<SigningKey> acceptedAt(Instant now) {
        reads++;
        if (down) {
            throw new StoreUnavailableException("down", new RuntimeException());
        }
        return keys.stream().filter(key -> key.isAcceptedAt(now)).toList();
    }

    @Override
    public synchronized boolean rotate(SigningKey next, Instant predecessorsNotAfter, Instant onlyIfNewestActiveBefore) {
        boolean due = keys.stream().map(SigningKey::activeFrom).max(Comparator.naturalOrder())
                .map(newest -> newest.isBefore(onlyIfNewestActiveBefore)).orElse(true);
        if (due) {
            keys.replaceAll(key -> key.notAfter().isPresent() ? key : key.retiredUntil(predecessorsNotAfter));
            keys.add(next);
        }
        return due;
    }
}
