package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.out.RefreshTokenRepository;
import dev.notesmcp.domain.oauth.RefreshToken;
import dev.notesmcp.domain.oauth.TokenHash;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The simplest store that keeps the port's promises: one map, one lock. */
final class FakeRefreshTokenRepository implements RefreshTokenRepository {

    private final Map<TokenHash, RefreshToken> tokens = new HashMap<>();
    private int rotations;
    private int retries;

    @Override
    public synchronized void add(RefreshToken token) {
        tokens.put(token.hash(), token);
    }

    @Override
    public synchronized Optional<RefreshToken> find(TokenHash hash) {
        return Optional.ofNullable(tokens.get(hash));
    }

    @Override
    public synchronized boolean markRotated(TokenHash hash, Instant now) {
        RefreshToken token = tokens.get(hash);
        if (token == null || token.rotatedAt().isPresent()) {
            return false;
        }
        tokens.put(hash, token.rotatedAt(now));
        rotations++;
        return true;
    }

    @Override
    public synchronized boolean markRetried(TokenHash hash, Instant now) {
        RefreshToken token = tokens.get(hash);
        if (token == null || token.rotatedAt().isEmpty() || token.retriedAt().isPresent()) {
            return false;
        }
        tokens.put(hash, token.retriedAt(now));
        retries++;
        return true;
    }

    synchronized int size() {
        return tokens.size();
    }

    /** How many rotations succeeded, over all tokens. */
    synchronized int rotations() {
        return rotations;
    }

    /** How many grace-window retries were recorded, over all tokens. */
    synchronized int retries() {
        return retries;
    }
}
