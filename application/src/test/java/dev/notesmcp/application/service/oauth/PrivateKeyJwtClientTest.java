package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.in.oauth.ClientCredentials;
import dev.notesmcp.application.port.out.ClientAssertionVerifier;
import dev.notesmcp.application.port.out.ClientMetadataDocuments;
import dev.notesmcp.domain.oauth.ClientAssertion;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.ClientKeys;
import dev.notesmcp.domain.oauth.OAuthError;
import dev.notesmcp.domain.oauth.OAuthErrorCode;
import dev.notesmcp.domain.oauth.RegisteredClient;
import dev.notesmcp.domain.oauth.TokenEndpointAuthMethod;
import dev.notesmcp.domain.oauth.registration.ClientMetadata;
import dev.notesmcp.domain.oauth.registration.ClientMetadataDocument;
import dev.notesmcp.domain.token.Scopes;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.notesmcp.application.port.out.OAuthFixtures.REDIRECT_URI;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.ISSUER;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.codeRequest;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.failed;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.issued;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.refreshRequest;
import static org.assertj.core.api.Assertions.assertThat;

/** A metadata document client that authenticates with private_key_jwt (RFC 7523) at /token and /revoke. */
class PrivateKeyJwtClientTest {

    private static final String URL = "https://chatgpt.example/oauth/client.json";
    private static final String JWKS_URI = "https://chatgpt.example/oauth/jwks.json";

    private final AuthorizationServerFixture server = new AuthorizationServerFixture();
    private final FakeUsedClientAssertions used = new FakeUsedClientAssertions();
    /** The fake verifier: an assertion text "signs" the claims registered for it, with the keys it names. */
    private final Map<String, ClientAssertion> signed = new HashMap<>();
    private final List<ClientKeys> keysAsked = new java.util.ArrayList<>();
    private final ClientAssertionVerifier verifier = (assertion, keys) -> {
        keysAsked.add(keys);
        ClientAssertion claims = signed.get(assertion);
        return claims == null ? new ClientAssertionVerifier.Invalid("its signature does not verify")
                : new ClientAssertionVerifier.Verified(claims);
    };
    private ClientMetadataDocuments.Fetch served = document(Optional.empty(), Optional.of(JWKS_URI));
    private final ClientDirectory directory = new ClientDirectory(server.clients, Optional.of(url -> served),
            Optional.of(new ClientAssertionCheck(verifier, used, ISSUER, server.clock)), server.clock);
    private final ExchangeTokenService token = new ExchangeTokenService(server.policy, directory, server.codes,
            server.refreshTokens, server.grants, server.revokedAccessTokens, server.accessTokens, server.clock, server.audit);
    private final RevokeTokenService revoke = new RevokeTokenService(directory, server.refreshTokens,
            server.accessTokens, server.grants, server.revokedAccessTokens, server.clock, server.audit);
    private final RegisteredClient client = new RegisteredClient(new ClientId(URL), "ChatGPT", List.of(
            new dev.notesmcp.domain.oauth.RedirectUri(REDIRECT_URI)), TokenEndpointAuthMethod.PRIVATE_KEY_JWT,
            Optional.empty(), Scopes.all(), server.clock.instant());
    private int assertions;

    private static ClientMetadataDocuments.Fetch document(Optional<String> jwks, Optional<String> jwksUri) {
        return new ClientMetadataDocuments.Fetched(new ClientMetadataDocument(Optional.of(URL),
                new ClientMetadata(List.of(REDIRECT_URI), Optional.of("private_key_jwt"),
                        Optional.of(List.of("authorization_code", "refresh_token")), Optional.empty(), Optional.of("ChatGPT"), Optional.empty(), Optional.empty()), jwks, jwksUri));
    }

    /** A fresh assertion with good claims, changed by {@code audience} and {@code lifetime}. */
    private String assertion(String audience, Duration lifetime) {
        String text = "assertion-" + ++assertions;
        Instant now = server.clock.instant();
        signed.put(text, new ClientAssertion(URL, URL, List.of(audience), now.plus(lifetime), Optional.empty(),
                Optional.of(now), Optional.of("jti-" + assertions)));
        return text;
    }

    private String assertion() {
        return assertion(ISSUER + "/token", Duration.ofMinutes(5));
    }

    private OAuthError refused(ClientCredentials credentials) {
        return failed(token.exchange(codeRequest(credentials, server.issuedCode(client, Scopes.all()))),
                OAuthErrorCode.INVALID_CLIENT);
    }

    @Test
    void aGoodAssertionGetsTokensAndTheRefreshTokenNeedsAnotherOne() {
        var tokens = issued(token.exchange(codeRequest(ClientCredentials.assertion(URL, assertion()),
                server.issuedCode(client, Scopes.all()))));

        issued(token.exchange(refreshRequest(ClientCredentials.assertion(URL, assertion(ISSUER, Duration.ofMinutes(1))),
                tokens.refreshToken())));
        assertThat(keysAsked).allSatisfy(keys -> assertThat(keys).isEqualTo(
                new ClientKeys.Published(dev.notesmcp.domain.oauth.MetadataDocumentUrl.parse(JWKS_URI).orElseThrow())));
        assertThat(used.size()).isEqualTo(2);
    }

    @Test
    void anAssertionIsGoodOnce() {
        String once = assertion();
        issued(token.exchange(codeRequest(ClientCredentials.assertion(URL, once), server.issuedCode(client, Scopes.all()))));

        assertThat(refused(ClientCredentials.assertion(URL, once)).description()).contains("already used");
    }

    @Test
    void aClientOfPrivateKeyJwtCannotAuthenticateAsAPublicClient() {
        assertThat(refused(ClientCredentials.publicClient(URL)).description()).contains("private_key_jwt");
        assertThat(used.size()).isZero();
    }

    @Test
    void anAssertionThatDoesNotVerifyOrWhoseClaimsAreWrongIsRefusedAndBurnsNothing() {
        assertThat(refused(ClientCredentials.assertion(URL, "forged")).description()).contains("signature");
        assertThat(refused(ClientCredentials.assertion(URL, assertion("https://other.example", Duration.ofMinutes(5))))
                .description()).contains("aud");
        assertThat(refused(ClientCredentials.assertion(URL, assertion(ISSUER, Duration.ofHours(3)))).description())
                .contains("exp");
        assertThat(used.size()).as("only an acceptable assertion is recorded").isZero();
    }

    @Test
    void inlineKeysAreHandedToTheVerifier() {
        served = document(Optional.of("{\"keys\":[]}"), Optional.empty());

        issued(token.exchange(codeRequest(ClientCredentials.assertion(URL, assertion()),
                server.issuedCode(client, Scopes.all()))));

        assertThat(keysAsked).containsExactly(new ClientKeys.Inline("{\"keys\":[]}"));
    }

    @Test
    void revocationAuthenticatesTheSameWay() {
        var tokens = issued(token.exchange(codeRequest(ClientCredentials.assertion(URL, assertion()),
                server.issuedCode(client, Scopes.all()))));

        assertThat(revoke.revoke(ClientCredentials.publicClient(URL), tokens.refreshToken(), Optional.empty()))
                .hasValueSatisfying(error -> assertThat(error.code()).isEqualTo(OAuthErrorCode.INVALID_CLIENT));
        assertThat(revoke.revoke(ClientCredentials.assertion(URL, assertion(ISSUER, Duration.ofMinutes(1))),
                tokens.refreshToken(), Optional.empty())).isEmpty();
        failed(token.exchange(refreshRequest(ClientCredentials.assertion(URL, assertion()), tokens.refreshToken())),
                OAuthErrorCode.INVALID_GRANT);
    }

    @Test
    void withoutAssertionChecksAPrivateKeyJwtDocumentIsRefused() {
        ClientDirectory publicOnly = new ClientDirectory(server.clients, Optional.of(url -> served), server.clock);

        assertThat(publicOnly.find(new ClientId(URL))).isInstanceOf(ClientDirectory.Lookup.Refused.class);
    }
}
