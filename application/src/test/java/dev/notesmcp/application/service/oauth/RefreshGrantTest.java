package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.in.oauth.ExchangeTokenUseCase.RefreshTokenRequest;
import dev.notesmcp.application.port.in.oauth.TokenResponse;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.OAuthErrorCode;
import dev.notesmcp.domain.oauth.RedirectUri;
import dev.notesmcp.domain.oauth.RegisteredClient;
import dev.notesmcp.domain.oauth.TokenEndpointAuthMethod;
import dev.notesmcp.domain.token.Scopes;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.notesmcp.application.port.out.OAuthFixtures.REDIRECT_URI;
import static dev.notesmcp.application.port.out.OAuthFixtures.T0;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.codeRequest;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.credentials;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.failed;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.issued;
import static org.assertj.core.api.Assertions.assertThat;

/** Refresh tokens only for clients that registered the refresh_token grant (RFC 7591 §2). */
class RefreshGrantTest {

    private final AuthorizationServerFixture server = new AuthorizationServerFixture();

    private RegisteredClient client(boolean refreshTokens) {
        RegisteredClient client = new RegisteredClient(new ClientId(UUID.randomUUID().toString()), "client",
                List.of(new RedirectUri(REDIRECT_URI)), TokenEndpointAuthMethod.NONE,
                Optional.empty(), Scopes.all(), T0, refreshTokens);
        server.clients.add(client);
        return client;
    }

    @Test
    void aClientWithoutTheGrantGetsNoRefreshToken() {
        RegisteredClient client = client(false);

        TokenResponse response = issued(server.token.exchange(codeRequest(credentials(client),
                server.issuedCode(client, Scopes.all()))));

        assertThat(response.refresh()).isEmpty();
        assertThat(response.accessToken()).isNotBlank();
    }

    @Test
    void aClientWithoutTheGrantMayNotRefresh() {
        RegisteredClient withGrant = client(true);
        String refreshToken = issued(server.token.exchange(codeRequest(credentials(withGrant),
                server.issuedCode(withGrant, Scopes.all())))).refreshToken();
        RegisteredClient without = client(false);

        failed(server.token.exchange(new RefreshTokenRequest(credentials(without), refreshToken, Optional.empty(),
                Optional.empty())), OAuthErrorCode.UNAUTHORIZED_CLIENT);
    }

    @Test
    void aClientWithTheGrantGetsOne() {
        RegisteredClient client = client(true);

        assertThat(issued(server.token.exchange(codeRequest(credentials(client),
                server.issuedCode(client, Scopes.all())))).refresh()).isPresent();
    }
}
