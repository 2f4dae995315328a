package dev.notesmcp.adapter.memory.oauth;

import dev.notesmcp.application.port.out.ConsentRepository;
import dev.notesmcp.application.port.out.ConsentRepositoryContract;

class InMemoryConsentRepositoryTest extends ConsentRepositoryContract {

    @Override
    protected ConsentRepository newRepository() {
        return new InMemoryConsentRepository();
    }
}
