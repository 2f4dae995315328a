package dev.notesmcp.adapter.memory.oauth;

import dev.notesmcp.application.port.out.RefreshTokenRepository;
import dev.notesmcp.domain.oauth.RefreshToken;
import dev.notesmcp.domain.oauth.TokenHash;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;

/** Refresh tokens in memory; rotation and its one retry are compare-and-sets, each inside one atomic {@code computeIfPresent}. */
public final class InMemoryRefreshTokenRepository implements RefreshTokenRepository {

    private final ConcurrentMap<TokenHash, RefreshToken> tokens = new ConcurrentHashMap<>();

    @Override
    public void add(RefreshToken token) {
        tokens.put(token.hash(), token);
    }

    @Override
    public Optional<RefreshToken> find(TokenHash hash) {
        return Optional.ofNullable(tokens.get(hash));
    }

    @Override
    public boolean markRotated(TokenHash hash, Instant now) {
        AtomicBoolean won = new AtomicBoolean();
        tokens.computeIfPresent(hash, (key, token) -> {
            if (token.rotatedAt().isPresent()) {
                return token;
            }
            won.set(true);
            return token.rotatedAt(now);
        });
        return won.get();
    }

    @Override
    public boolean markRetried(TokenHash hash, Instant now) {
        AtomicBoolean won = new AtomicBoolean();
        tokens.computeIfPresent(hash, (key, token) -> {
            if (token.rotatedAt().isEmpty() || token.retriedAt().isPresent()) {
                return token;
            }
            won.set(true);
            return token.retriedAt(now);
        });
        return won.get();
    }
}
