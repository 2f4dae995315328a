package dev.notesmcp.adapter.memory.oauth;

import dev.notesmcp.application.port.out.UsedClientAssertions;
import dev.notesmcp.application.port.out.UsedClientAssertionsContract;
import dev.notesmcp.domain.oauth.TokenHash;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryUsedClientAssertionsTest extends UsedClientAssertionsContract {

    @Override
    protected UsedClientAssertions newStore(Clock clock) {
        return new InMemoryUsedClientAssertions(clock);
    }

    @Test
    void expiredAssertionsAreForgottenSoMemoryStaysBounded() {
        InMemoryUsedClientAssertions store = new InMemoryUsedClientAssertions(clock);
        for (int i = 0; i < 100; i++) {
            store.firstUse(TokenHash.of("a" + i), clock.instant().plus(Duration.ofMinutes(5)));
        }
        clock.advance(Duration.ofMinutes(5));

        store.firstUse(TokenHash.of("fresh"), clock.instant().plus(Duration.ofMinutes(5)));

        assertThat(store.size()).isEqualTo(1);
    }
}
