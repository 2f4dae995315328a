package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.out.AuthorizationCodeStore;
import dev.notesmcp.domain.oauth.AuthorizationCode;
import dev.notesmcp.domain.oauth.TokenHash;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The simplest store that keeps the port's promises: one map, one lock. */
final class FakeAuthorizationCodeStore implements AuthorizationCodeStore {

    private static final Duration KEEP_AFTER_EXPIRY = Duration.ofMinutes(10);

    private final Map<TokenHash, AuthorizationCode> codes = new HashMap<>();
    private int firstRedemptions;

    @Override
    public synchronized void add(AuthorizationCode code) {
        codes.put(code.hash(), code);
    }

    @Override
    public synchronized Optional<AuthorizationCode> redeem(TokenHash hash, Instant now) {
        AuthorizationCode code = codes.get(hash);
        if (code == null || now.isAfter(code.expiresAt().plus(KEEP_AFTER_EXPIRY))) {
            return Optional.empty();
        }
        if (code.redeemedAt().isEmpty()) {
            codes.put(hash, code.redeemedAt(now));
            firstRedemptions++;
        }
        return Optional.of(code);
    }

    /** The code stored under {@code hash}, as it is now, without redeeming it. */
    synchronized Optional<AuthorizationCode> peek(TokenHash hash) {
        return Optional.ofNullable(codes.get(hash));
    }

    synchronized int size() {
        return codes.size();
    }

    /** How many redemptions saw their code unredeemed, over all codes. */
    synchronized int firstRedemptions() {
        return firstRedemptions;
    }
}
