package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.in.oauth.ClientCredentials;
import dev.notesmcp.application.port.in.oauth.ExchangeTokenUseCase.AuthorizationCodeRequest;
import dev.notesmcp.application.port.in.oauth.ExchangeTokenUseCase.Failed;
import dev.notesmcp.application.port.in.oauth.ExchangeTokenUseCase.Issued;
import dev.notesmcp.application.port.in.oauth.ExchangeTokenUseCase.RefreshTokenRequest;
import dev.notesmcp.application.port.in.oauth.ExchangeTokenUseCase.Result;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.RedirectToClient;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.ShowError;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.Step;
import dev.notesmcp.application.port.in.oauth.TokenResponse;
import dev.notesmcp.application.port.out.MutableClock;
import dev.notesmcp.application.port.out.OAuthFixtures;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.AuthorizationCode;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.CodeChallenge;
import dev.notesmcp.domain.oauth.CodeVerifier;
import dev.notesmcp.domain.oauth.Grant;
import dev.notesmcp.domain.oauth.OAuthError;
import dev.notesmcp.domain.oauth.OAuthErrorCode;
import dev.notesmcp.domain.oauth.OpaqueToken;
import dev.notesmcp.domain.oauth.RegisteredClient;
import dev.notesmcp.domain.oauth.TokenEndpointAuthMethod;
import dev.notesmcp.domain.token.Scopes;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.notesmcp.application.port.out.OAuthFixtures.LOGIN;
import static dev.notesmcp.application.port.out.OAuthFixtures.REDIRECT_URI;
import static dev.notesmcp.application.port.out.OAuthFixtures.T0;
import static dev.notesmcp.application.port.out.OAuthFixtures.freshClientId;
import static dev.notesmcp.application.port.out.OAuthFixtures.freshUser;
import static dev.notesmcp.application.port.out.OAuthFixtures.freshVerifier;
import static org.assertj.core.api.Assertions.assertThat;

/** The OAuth services wired to the fakes and one clock that tests move by hand. */
final class AuthorizationServerFixture {

    static final String ISSUER = "https://notes.example";
    static final String RESOURCE = "https://notes.example/mcp";
    static final URI CALLBACK = URI.create("https://notes.example/oauth/fake/callback");
    static final Duration ACCESS_TOKEN_TTL = Duration.ofMinutes(5);
    static final Duration REFRESH_TOKEN_TTL = Duration.ofDays(30);

    final MutableClock clock = new MutableClock(T0);
    final TokenPolicy policy = new TokenPolicy(ISSUER, RESOURCE, ACCESS_TOKEN_TTL, REFRESH_TOKEN_TTL);
    final FakeClientRepository clients = new FakeClientRepository();
    final FakeAuthorizationCodeStore codes = new FakeAuthorizationCodeStore();
    final FakeRefreshTokenRepository refreshTokens = new FakeRefreshTokenRepository();
    final FakeGrantRepository grants = new FakeGrantRepository();
    final FakeConsentRepository consents = new FakeConsentRepository();
    final FakePendingAuthorizationStore pending = new FakePendingAuthorizationStore();
    final FakeRevokedAccessTokens revokedAccessTokens = new FakeRevokedAccessTokens();
    final FakeAccessTokens accessTokens = new FakeAccessTokens();
    final FakeAuditLog audit = new FakeAuditLog();
    /** Notes which writes each unit made: consents, grants, access tokens, refresh tokens, codes. */
    final FakeDurableWrites writes = new FakeDurableWrites(() -> "consents " + consents.size() + ", grants "
            + grants.size() + ", access tokens " + grants.accessTokens() + ", refresh tokens " + refreshTokens.size()
            + ", codes " + codes.size());
    final FakeUpstreamIdentityProvider upstream;
    final IdentityProviders providers;

    final StartAuthorizationService start;
    final DecideConsentService consent;
    final CompleteLoginService login;
    final ExchangeTokenService token = new ExchangeTokenService(policy, ClientDirectory.registeredOnly(clients),
            codes, refreshTokens, grants, revokedAccessTokens, accessTokens, clock, audit, writes);
    final RevokeTokenService revoke = new RevokeTokenService(ClientDirectory.registeredOnly(clients), refreshTokens,
            accessTokens, grants, revokedAccessTokens, clock, audit);

    /** One identity provider, {@link FakeUpstreamIdentityProvider#NAME}. */
    AuthorizationServerFixture() {
        this(new FakeUpstreamIdentityProvider());
    }

    /** These providers in this order; the first is {@link #upstream}. Callbacks are {@code ISSUER/oauth/<name>/callback}. */
    AuthorizationServerFixture(FakeUpstreamIdentityProvider first, FakeUpstreamIdentityProvider... more) {
        this.upstream = first;
        List<UpstreamIdentityProvider> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        this.providers = new IdentityProviders(all, AuthorizationServerFixture::callback);
        this.start = new StartAuthorizationService(clients, pending, consents, providers, policy, clock);
        this.consent = new DecideConsentService(pending, providers, policy, clock, audit);
        this.login = new CompleteLoginService(pending, providers, consents, grants, codes, policy, clock, audit,
                writes);
    }

    static URI callback(String provider) {
        return URI.create(ISSUER + "/oauth/" + provider + "/callback");
    }

    // ---- clients

    RegisteredClient publicClient(Scopes scopes, String... redirectUris) {
        RegisteredClient client = OAuthFixtures.publicClient(freshClientId(), scopes, redirectUris);
        clients.add(client);
        return client;
    }

    RegisteredClient publicClient() {
        return publicClient(Scopes.all());
    }

    /** A registered confidential client and the secret it authenticates with. */
    record Confidential(RegisteredClient client, String secret) {
        ClientCredentials credentials() {
            return new ClientCredentials(client.id().value(), client.authMethod(), Optional.of(secret));
        }
    }

    Confidential confidentialClient(TokenEndpointAuthMethod method) {
        String secret = OpaqueToken.random().value();
        RegisteredClient client = OAuthFixtures.confidentialClient(freshClientId(), method, secret);
        clients.add(client);
        return new Confidential(client, secret);
    }

    static ClientCredentials credentials(RegisteredClient publicClient) {
        return ClientCredentials.publicClient(publicClient.id().value());
    }

    // ---- codes, as the callback would have issued them

    /** A code in the store, its raw value and verifier, and the grant it belongs to. */
    record IssuedCode(String code, CodeVerifier verifier, Grant grant, AuthorizationCode stored) {
    }

    IssuedCode issuedCode(RegisteredClient client, Scopes scopes) {
        return issuedCode(client, scopes, freshUser());
    }

    IssuedCode issuedCode(RegisteredClient client, Scopes scopes, UserId user) {
        Grant grant = Grant.start(user, LOGIN, client.id(), scopes, clock.instant());
        grants.add(grant);
        OpaqueToken code = OpaqueToken.random();
        CodeVerifier verifier = freshVerifier();
        AuthorizationCode stored = AuthorizationCode.issue(code.hash(), grant.id(), client.id(), REDIRECT_URI,
                CodeChallenge.s256(verifier), user, LOGIN, scopes, clock.instant());
        codes.add(stored);
        return new IssuedCode(code.value(), verifier, grant, stored);
    }

    static AuthorizationCodeRequest codeRequest(ClientCredentials client, IssuedCode code) {
        return new AuthorizationCodeRequest(client, code.code(), REDIRECT_URI, code.verifier().value(),
                Optional.empty());
    }

    static RefreshTokenRequest refreshRequest(ClientCredentials client, String refreshToken) {
        return new RefreshTokenRequest(client, refreshToken, Optional.empty(), Optional.empty());
    }

    /** Tokens for a fresh code of {@code client} (public). */
    TokenResponse tokensFor(RegisteredClient client, Scopes scopes) {
        return issued(token.exchange(codeRequest(credentials(client), issuedCode(client, scopes))));
    }

    Result refresh(RegisteredClient client, String refreshToken) {
        return token.exchange(refreshRequest(credentials(client), refreshToken));
    }

    // ---- outcomes

    static TokenResponse issued(Result result) {
        assertThat(result).isInstanceOf(Issued.class);
        return ((Issued) result).response();
    }

    static OAuthError failed(Result result, OAuthErrorCode expected) {
        assertThat(result).isInstanceOf(Failed.class);
        OAuthError error = ((Failed) result).error();
        assertThat(error.code()).as(error.description()).isEqualTo(expected);
        return error;
    }

    static String shownError(Step step) {
        assertThat(step).isInstanceOf(ShowError.class);
        return ((ShowError) step).message();
    }

    /** The query parameters of a redirect to the client, decoded, in order. */
    static Map<String, String> redirectParameters(Step step) {
        assertThat(step).isInstanceOf(RedirectToClient.class);
        return query(((RedirectToClient) step).location());
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            assertThat(parameters.put(name, value)).as("parameter %s appears once", name).isNull();
        }
        return parameters;
    }

    boolean isActive(Grant grant) {
        return grants.find(grant.id()).orElseThrow().isActive();
    }

    static ClientId unknownClientId() {
        return freshClientId();
    }
}
