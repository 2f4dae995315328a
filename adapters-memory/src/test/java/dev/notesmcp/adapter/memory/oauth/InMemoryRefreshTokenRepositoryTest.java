package dev.notesmcp.adapter.memory.oauth;

import dev.notesmcp.application.port.out.RefreshTokenRepository;
import dev.notesmcp.application.port.out.RefreshTokenRepositoryContract;

class InMemoryRefreshTokenRepositoryTest extends RefreshTokenRepositoryContract {

    @Override
    protected RefreshTokenRepository newRepository() {
        return new InMemoryRefreshTokenRepository();
    }
}
