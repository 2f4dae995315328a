package dev.notesmcp.adapter.memory.oauth;

import dev.notesmcp.application.port.out.AuthorizationCodeStore;
import dev.notesmcp.domain.oauth.AuthorizationCode;
import dev.notesmcp.domain.oauth.TokenHash;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Authorization codes in memory. Redemption is one atomic {@code compute} per code, so exactly
 * one caller sees it unredeemed. A redeemed code is kept a while past its expiry so a late
 * replay is still recognised (and revokes its grant); then it is dropped.
 */
public final class InMemoryAuthorizationCodeStore implements AuthorizationCodeStore {

    static final Duration KEEP_AFTER_EXPIRY = Duration.ofMinutes(10);

    private final ConcurrentMap<TokenHash, AuthorizationCode> codes = new ConcurrentHashMap<>();

    @Override
    public void add(AuthorizationCode code) {
        codes.put(code.hash(), code);
    }

    @Override
    public Optional<AuthorizationCode> redeem(TokenHash hash, Instant now) {
        AtomicReference<AuthorizationCode> before = new AtomicReference<>();
        codes.computeIfPresent(hash, (key, code) -> {
            if (now.isAfter(code.expiresAt().plus(KEEP_AFTER_EXPIRY))) {
                return null;
            }
            before.set(code);
            return code.redeemedAt().isPresent() ? code : code.redeemedAt(now);
        });
        purgeExpired(now);
        return Optional.ofNullable(before.get());
    }

    private void purgeExpired(Instant now) {
        codes.values().removeIf(code -> now.isAfter(code.expiresAt().plus(KEEP_AFTER_EXPIRY)));
    }
}
