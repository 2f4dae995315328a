package dev.notesmcp.adapter.oidc;

import dev.notesmcp.adapter.oidc.fixture.MockIssuer;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider;
import dev.notesmcp.application.port.out.UpstreamIdentityProviderContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.net.URI;
import java.util.Map;
import java.util.Set;

/** The Google preset keeps the identity-provider contract, its issuer a real OIDC server on loopback. */
class GoogleIdentityProviderContractTest extends UpstreamIdentityProviderContract {

    private static MockIssuer mock;

    @BeforeAll
    static void startProvider() {
        mock = MockIssuer.withPerson("google", "the-one-person", Map.of("email", "ada@example.com", "email_verified", true));
    }

    @AfterAll
    static void stopProvider() {
        mock.close();
    }

    @Override
    protected UpstreamIdentityProvider newProvider() {
        return OidcIdentityProviders.google(new GoogleSettings("1234-abc.apps.googleusercontent.com", "GOCSPX-secret",
                mock.issuer("google"), Set.of(), null));
    }

    @Override
    protected URI callback() {
        return URI.create("https://notes.example/oauth/google/callback");
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
