package dev.notesmcp.adapter.memory.oauth;

import dev.notesmcp.application.port.out.SigningKeyRepository;
import dev.notesmcp.domain.token.SigningKey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Signing keys in memory; rotations are serialised by one lock, keys past their end dropped then. */
public final class InMemorySigningKeyRepository implements SigningKeyRepository {

    private final List<SigningKey> keys = new ArrayList<>();

    @Override
    public synchronized List<SigningKey> acceptedAt(Instant now) {
        return keys.stream().filter(key -> key.isAcceptedAt(now)).toList();
    }

    @Override
    public synchronized boolean rotate(SigningKey next, Instant predecessorsNotAfter, Instant onlyIfNewestActiveBefore) {
        boolean due = keys.stream().map(SigningKey::activeFrom).max(Comparator.naturalOrder())
                .map(newest -> newest.isBefore(onlyIfNewestActiveBefore))
                .orElse(true);
        if (!due) {
            return false;
        }
        keys.replaceAll(key -> key.notAfter().isPresent() ? key : key.retiredUntil(predecessorsNotAfter));
        keys.removeIf(key -> !key.isAcceptedAt(next.createdAt()));
        keys.add(next);
        return true;
    }
}
