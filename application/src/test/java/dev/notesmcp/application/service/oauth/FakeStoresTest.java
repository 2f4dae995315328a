package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.out.AuthorizationCodeStore;
import dev.notesmcp.application.port.out.AuthorizationCodeStoreContract;
import dev.notesmcp.application.port.out.ClientRepository;
import dev.notesmcp.application.port.out.ClientRepositoryContract;
import dev.notesmcp.application.port.out.ConsentRepository;
import dev.notesmcp.application.port.out.ConsentRepositoryContract;
import dev.notesmcp.application.port.out.GrantRepository;
import dev.notesmcp.application.port.out.GrantRepositoryContract;
import dev.notesmcp.application.port.out.PendingAuthorizationStore;
import dev.notesmcp.application.port.out.PendingAuthorizationStoreContract;
import dev.notesmcp.application.port.out.RefreshTokenRepository;
import dev.notesmcp.application.port.out.RefreshTokenRepositoryContract;
import dev.notesmcp.application.port.out.RevokedAccessTokens;
import dev.notesmcp.application.port.out.RevokedAccessTokensContract;
import dev.notesmcp.application.port.out.UsedClientAssertions;
import dev.notesmcp.application.port.out.UsedClientAssertionsContract;
import org.junit.jupiter.api.Nested;

import java.time.Clock;

/** The services' fakes must keep the same promises as the real stores. */
class FakeStoresTest {

    @Nested
    class Codes extends AuthorizationCodeStoreContract {
        @Override
        protected AuthorizationCodeStore newStore() {
            return new FakeAuthorizationCodeStore();
        }
    }

    @Nested
    class RefreshTokens extends RefreshTokenRepositoryContract {
        @Override
        protected RefreshTokenRepository newRepository() {
            return new FakeRefreshTokenRepository();
        }
    }

    @Nested
    class Grants extends GrantRepositoryContract {
        @Override
        protected GrantRepository newRepository() {
            return new FakeGrantRepository();
        }
    }

    @Nested
    class Clients extends ClientRepositoryContract {
        @Override
        protected ClientRepository newRepository() {
            return new FakeClientRepository();
        }
    }

    @Nested
    class Consents extends ConsentRepositoryContract {
        @Override
        protected ConsentRepository newRepository() {
            return new FakeConsentRepository();
        }
    }

    @Nested
    class Pending extends PendingAuthorizationStoreContract {
        @Override
        protected PendingAuthorizationStore newStore(Clock clock) {
            return new FakePendingAuthorizationStore();
        }
    }

    @Nested
    class Revoked extends RevokedAccessTokensContract {
        @Override
        protected RevokedAccessTokens newStore(Clock clock) {
            return new FakeRevokedAccessTokens();
        }
    }

    @Nested
    class Assertions extends UsedClientAssertionsContract {
        @Override
        protected UsedClientAssertions newStore(Clock clock) {
            return new FakeUsedClientAssertions();
        }
    }
}
