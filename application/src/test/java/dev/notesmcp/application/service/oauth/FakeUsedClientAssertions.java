package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.out.UsedClientAssertions;
import dev.notesmcp.domain.oauth.TokenHash;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The simplest store that keeps the port's promises; it never forgets. */
final class FakeUsedClientAssertions implements UsedClientAssertions {

    private final Map<TokenHash, Instant> used = new ConcurrentHashMap<>();

    @Override
    public boolean firstUse(TokenHash assertion, Instant expiresAt) {
        return used.putIfAbsent(assertion, expiresAt) == null;
    }

    int size() {
        return used.size();
    }
}
