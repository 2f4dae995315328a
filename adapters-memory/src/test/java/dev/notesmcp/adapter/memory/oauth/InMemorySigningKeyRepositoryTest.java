package dev.notesmcp.adapter.memory.oauth;

import dev.notesmcp.application.port.out.SigningKeyRepository;
import dev.notesmcp.application.port.out.SigningKeyRepositoryContract;

class InMemorySigningKeyRepositoryTest extends SigningKeyRepositoryContract {

    @Override
    protected SigningKeyRepository emptyStore() {
        return new InMemorySigningKeyRepository();
    }
}
