package dev.notesmcp.adapter.oidc;

import dev.notesmcp.adapter.oidc.fixture.MockIssuer;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider;
import dev.notesmcp.application.port.out.UpstreamIdentityProviderContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.net.URI;
import java.util.Map;
import java.util.Set;

/** The generic OpenID Connect preset keeps the identity-provider contract against a real OIDC server on loopback. */
class GenericOidcIdentityProviderContractTest extends UpstreamIdentityProviderContract {

    private static MockIssuer mock;

    @BeforeAll
    static void startProvider() {
        mock = MockIssuer.withPerson("realms/notes", "the-one-person", Map.of("preferred_username", "ada"));
    }

    @AfterAll
    static void stopProvider() {
        mock.close();
    }

    @Override
    protected UpstreamIdentityProvider newProvider() {
        return OidcIdentityProviders.oidc(new OidcSettings(mock.issuer("realms/notes"), "notes-mcp", "oidc-secret",
                "Keycloak", null, null));
    }

    @Override
    protected URI callback() {
        return URI.create("https://notes.example/oauth/oidc/callback");
    }

    @Override
    protected Set<Supports> supports() {
        return Set.of(Supports.NONCE, Supports.PKCE);
    }

    @Override
    protected URI signIn(URI authorizationUrl) {
        return MockIssuer.browse(authorizationUrl);
    }
}
