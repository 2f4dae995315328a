package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.in.oauth.ClientCredentials;
import dev.notesmcp.application.port.in.oauth.TokenResponse;
import dev.notesmcp.application.service.oauth.AuthorizationServerFixture.Confidential;
import dev.notesmcp.application.service.oauth.AuthorizationServerFixture.IssuedCode;
import dev.notesmcp.domain.oauth.OAuthError;
import dev.notesmcp.domain.oauth.OAuthErrorCode;
import dev.notesmcp.domain.oauth.OpaqueToken;
import dev.notesmcp.domain.oauth.RegisteredClient;
import dev.notesmcp.domain.oauth.TokenEndpointAuthMethod;
import dev.notesmcp.domain.token.Scopes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.Optional;

import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.codeRequest;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.credentials;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.failed;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.issued;
import static org.assertj.core.api.Assertions.assertThat;

class RevokeTokenServiceTest {

    private final AuthorizationServerFixture server = new AuthorizationServerFixture();
    private final RegisteredClient client = server.publicClient();
    private final ClientCredentials asClient = credentials(client);

    /** Tokens for a fresh grant of {@code client}, refreshed once so the grant has two live access tokens. */
    private record Issued(IssuedCode code, TokenResponse first, TokenResponse current) {
    }

    private Issued issuedTo(RegisteredClient owner, ClientCredentials credentials) {
        IssuedCode code = server.issuedCode(owner, Scopes.all());
        TokenResponse first = issued(server.token.exchange(codeRequest(credentials, code)));
        server.clock.advance(Duration.ofSeconds(30));
        TokenResponse current = issued(server.token.exchange(
                AuthorizationServerFixture.refreshRequest(credentials, first.refreshToken())));
        return new Issued(code, first, current);
    }

    private String tokenId(TokenResponse response) {
        return server.accessTokens.claims(response.accessToken()).tokenId();
    }

    private Optional<OAuthError> revoke(String token, Optional<String> hint) {
        return server.revoke.revoke(asClient, token, hint);
    }

    // ---- refresh tokens

    @ParameterizedTest
    @ValueSource(strings = {"", "refresh_token", "access_token", "something_else"})
    void aRefreshTokenRevokesItsWholeGrantWhateverTheHint(String hint) {
        Issued issued = issuedTo(client, asClient);

        Optional<OAuthError> error = revoke(issued.current().refreshToken(),
                Optional.of(hint).filter(h -> !h.isEmpty()));

        assertThat(error).isEmpty();
        assertThat(server.isActive(issued.code().grant())).isFalse();
        assertThat(server.revokedAccessTokens.all())
                .containsOnlyKeys(tokenId(issued.first()), tokenId(issued.current()));
        failed(server.refresh(client, issued.current().refreshToken()), OAuthErrorCode.INVALID_GRANT);
    }

    @Test
    void anAlreadyRotatedRefreshTokenStillRevokesItsGrant() {
        Issued issued = issuedTo(client, asClient);

        assertThat(revoke(issued.first().refreshToken(), Optional.empty())).isEmpty();

        assertThat(server.isActive(issued.code().grant())).isFalse();
    }

    @Test
    void revokingARefreshTokenTwiceIsHarmless() {
        Issued issued = issuedTo(client, asClient);
        revoke(issued.current().refreshToken(), Optional.empty());

        assertThat(revoke(issued.current().refreshToken(), Optional.empty())).isEmpty();

        assertThat(server.isActive(issued.code().grant())).isFalse();
    }

    // ---- access tokens

    @ParameterizedTest
    @ValueSource(strings = {"", "access_token", "refresh_token"})
    void anAccessTokenIsRefusedByItsIdButTheGrantLivesOn(String hint) {
        Issued issued = issuedTo(client, asClient);
        TokenResponse current = issued.current();

        Optional<OAuthError> error = revoke(current.accessToken(), Optional.of(hint).filter(h -> !h.isEmpty()));

        assertThat(error).isEmpty();
        assertThat(server.revokedAccessTokens.all()).containsOnlyKeys(tokenId(current));
        assertThat(server.revokedAccessTokens.all().get(tokenId(current)))
                .as("remembered until the token would have expired anyway")
                .isEqualTo(server.accessTokens.claims(current.accessToken()).expiresAt());
        assertThat(server.isActive(issued.code().grant())).isTrue();
        issued(server.refresh(client, current.refreshToken()));
    }

    // ---- tokens that are not the caller's to revoke

    @Test
    void anUnknownTokenIsAnsweredLikeASuccessAndChangesNothing() {
        Issued issued = issuedTo(client, asClient);

        assertThat(revoke(OpaqueToken.random().value(), Optional.empty())).isEmpty();
        assertThat(revoke("not even a token", Optional.of("access_token"))).isEmpty();
        assertThat(revoke("", Optional.of("refresh_token"))).isEmpty();

        assertThat(server.revokedAccessTokens.all()).isEmpty();
        assertThat(server.isActive(issued.code().grant())).isTrue();
    }

    @Test
    void anotherClientsRefreshTokenIsLeftAloneWithoutAnError() {
        RegisteredClient other = server.publicClient();
        Issued others = issuedTo(other, credentials(other));

        assertThat(revoke(others.current().refreshToken(), Optional.empty())).isEmpty();

        assertThat(server.isActive(others.code().grant())).isTrue();
        assertThat(server.revokedAccessTokens.all()).isEmpty();
        issued(server.refresh(other, others.current().refreshToken()));
    }

    @Test
    void anotherClientsAccessTokenIsLeftAloneWithoutAnError() {
        RegisteredClient other = server.publicClient();
        Issued others = issuedTo(other, credentials(other));

        assertThat(revoke(others.current().accessToken(), Optional.of("access_token"))).isEmpty();

        assertThat(server.revokedAccessTokens.all()).isEmpty();
        assertThat(server.isActive(others.code().grant())).isTrue();
    }

    // ---- client authentication

    @Test
    void aClientThatFailsToAuthenticateGetsInvalidClientAndRevokesNothing() {
        Confidential confidential = server.confidentialClient(TokenEndpointAuthMethod.CLIENT_SECRET_POST);
        Issued issued = issuedTo(confidential.client(), confidential.credentials());
        ClientCredentials wrongSecret = new ClientCredentials(confidential.client().id().value(),
                TokenEndpointAuthMethod.CLIENT_SECRET_POST, Optional.of("wrong"));

        Optional<OAuthError> error = server.revoke.revoke(wrongSecret, issued.current().refreshToken(),
                Optional.empty());

        assertThat(error).hasValueSatisfying(e -> assertThat(e.code()).isEqualTo(OAuthErrorCode.INVALID_CLIENT));
        assertThat(server.isActive(issued.code().grant())).isTrue();
        assertThat(server.revoke.revoke(ClientCredentials.publicClient("unknown-client"),
                issued.current().accessToken(), Optional.empty())).contains(error.orElseThrow());
        assertThat(server.revokedAccessTokens.all()).isEmpty();
    }

    @Test
    void aConfidentialClientRevokesWithItsSecret() {
        Confidential confidential = server.confidentialClient(TokenEndpointAuthMethod.CLIENT_SECRET_BASIC);
        Issued issued = issuedTo(confidential.client(), confidential.credentials());

        assertThat(server.revoke.revoke(confidential.credentials(), issued.current().refreshToken(),
                Optional.of("refresh_token"))).isEmpty();

        assertThat(server.isActive(issued.code().grant())).isFalse();
    }
}
