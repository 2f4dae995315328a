package dev.notesmcp.adapter.redis;

import dev.notesmcp.application.port.out.PendingAuthorizationStore;
import dev.notesmcp.domain.oauth.PendingAuthorization;
import dev.notesmcp.domain.oauth.TokenHash;
import io.lettuce.core.SetArgs;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Authorization requests in flight, in Redis: {@code <prefix>pending:consent:<id>} and
 * {@code <prefix>pending:login:<state hash>} (the value holds the sign-in's provider, nonce and
 * verifier, never the state), each with a TTL of the request's remaining lifetime
 * (by {@code clock}), so abandoned requests vanish by themselves. Taking is {@code GETDEL}: at most
 * one caller, on any instance, gets a request. A request already past its expiry is not stored.
 */
public final class RedisPendingAuthorizationStore implements PendingAuthorizationStore {

    private final RedisConnections redis;
    private final Clock clock;

    public RedisPendingAuthorizationStore(RedisConnections redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    @Override
    public void awaitConsent(PendingAuthorization pending) {
        park(consentKey(pending.id()), pending);
    }

    @Override
    public Optional<PendingAuthorization> takeForConsent(String id) {
        return take(consentKey(id), Optional.empty());
    }

    @Override
    public void awaitLogin(PendingAuthorization pending) {
        park(loginKey(TokenHash.of(pending.awaitedSignIn().state())), pending);
    }

    @Override
    public Optional<PendingAuthorization> takeForLogin(String state) {
        return take(loginKey(TokenHash.of(state)), Optional.of(state));
    }

    private void park(String key, PendingAuthorization pending) {
        Duration remaining = Duration.between(clock.instant(), pending.expiresAt());
        if (remaining.toMillis() <= 0) {
            return;
        }
        String value = Codecs.encode(pending);
        redis.call(commands -> commands.set(key, value, SetArgs.Builder.px(remaining.toMillis())));
    }

    private Optional<PendingAuthorization> take(String key, Optional<String> state) {
        String stored = redis.call(commands -> commands.getdel(key));
        return Optional.ofNullable(stored).map(value -> Codecs.decodePending(value, state));
    }

    private String consentKey(String id) {
        return redis.key("pending:consent:" + id);
    }

    private String loginKey(TokenHash state) {
        return redis.key("pending:login:" + state.value());
    }
}
