package dev.notesmcp.adapter.memory.oauth;

import dev.notesmcp.application.port.out.ClientRepository;
import dev.notesmcp.application.port.out.ClientRepositoryContract;

class InMemoryClientRepositoryTest extends ClientRepositoryContract {

    @Override
    protected ClientRepository newRepository() {
        return new InMemoryClientRepository();
    }
}
