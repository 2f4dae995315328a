package dev.notesmcp.adapter.memory.oauth;

import dev.notesmcp.application.port.out.PendingAuthorizationStore;
import dev.notesmcp.application.port.out.PendingAuthorizationStoreContract;

import java.time.Clock;

class InMemoryPendingAuthorizationStoreTest extends PendingAuthorizationStoreContract {

    @Override
    protected PendingAuthorizationStore newStore(Clock clock) {
        return new InMemoryPendingAuthorizationStore(clock);
    }
}
