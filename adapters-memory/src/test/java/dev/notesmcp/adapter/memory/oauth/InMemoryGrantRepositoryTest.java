package dev.notesmcp.adapter.memory.oauth;

import dev.notesmcp.application.port.out.GrantRepository;
import dev.notesmcp.application.port.out.GrantRepositoryContract;

class InMemoryGrantRepositoryTest extends GrantRepositoryContract {

    @Override
    protected GrantRepository newRepository() {
        return new InMemoryGrantRepository();
    }
}
