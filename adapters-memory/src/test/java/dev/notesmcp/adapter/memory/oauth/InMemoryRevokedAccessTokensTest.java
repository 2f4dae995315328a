package dev.notesmcp.adapter.memory.oauth;

import dev.notesmcp.application.port.out.RevokedAccessTokens;
import dev.notesmcp.application.port.out.RevokedAccessTokensContract;

import java.time.Clock;

class InMemoryRevokedAccessTokensTest extends RevokedAccessTokensContract {

    @Override
    protected RevokedAccessTokens newStore(Clock clock) {
        return new InMemoryRevokedAccessTokens(clock);
    }
}
