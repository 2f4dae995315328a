package dev.notesmcp.adapter.redis;

import dev.notesmcp.application.port.out.OAuthFixtures;
import dev.notesmcp.application.port.out.PendingAuthorizationStore;
import dev.notesmcp.application.port.out.PendingAuthorizationStoreContract;
import dev.notesmcp.domain.identity.UpstreamSignIn;
import dev.notesmcp.domain.oauth.PendingAuthorization;
import dev.notesmcp.domain.oauth.TokenHash;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RedisPendingAuthorizationStoreTest extends PendingAuthorizationStoreContract {

    /** The Redis these tests run on; a subclass per topology overrides it. */
    protected RedisConnections redis() {
        return TestRedis.connections();
    }

    @Override
    protected PendingAuthorizationStore newStore(Clock clock) {
        return new RedisPendingAuthorizationStore(redis(), clock);
    }

    @Test
    void aLoginIsKeptUnderTheHashOfItsStateAndItsValueNeverHoldsTheState() {
        UpstreamSignIn signIn = UpstreamSignIn.start("github");
        PendingAuthorization pending = OAuthFixtures.pending(clock.instant()).signingInWith(signIn);
        RedisConnections redis = redis();

        store.awaitLogin(pending);

        String key = redis.key("pending:login:" + TokenHash.of(signIn.state()).value());
        String value = redis.call(commands -> commands.get(key));
        assertThat(value).isNotNull().contains(signIn.nonce()).doesNotContain(signIn.state());
        List<String> keys = redis.call(commands -> commands.keys(redis.key("pending:login:*")));
        assertThat(keys).contains(key).noneMatch(stored -> stored.contains(signIn.state()));
    }
}
