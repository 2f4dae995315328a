package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.InvalidValueException;
import dev.notesmcp.domain.token.Scopes;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.notesmcp.domain.oauth.OAuthFixtures.CLIENT;
import static dev.notesmcp.domain.oauth.OAuthFixtures.NOW;
import static dev.notesmcp.domain.oauth.OAuthFixtures.REDIRECT;
import static dev.notesmcp.domain.oauth.OAuthFixtures.confidentialClient;
import static dev.notesmcp.domain.oauth.OAuthFixtures.publicClient;
import static dev.notesmcp.domain.oauth.OAuthFixtures.uris;
import static dev.notesmcp.domain.oauth.TokenEndpointAuthMethod.CLIENT_SECRET_BASIC;
import static dev.notesmcp.domain.oauth.TokenEndpointAuthMethod.CLIENT_SECRET_POST;
import static dev.notesmcp.domain.oauth.TokenEndpointAuthMethod.NONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegisteredClientTest {

    private static final String SECRET = OpaqueToken.random().value();

    @Nested
    class Invariants {

        @Test
        void publicClientHasNoSecret() {
            assertThatThrownBy(() -> new RegisteredClient(CLIENT, "App", uris(), NONE,
                    Optional.of(TokenHash.of(SECRET)), Scopes.all(), NOW))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @ParameterizedTest
        @EnumSource(value = TokenEndpointAuthMethod.class, names = {"CLIENT_SECRET_POST", "CLIENT_SECRET_BASIC"})
        void confidentialClientHasASecret(TokenEndpointAuthMethod method) {
            assertThatThrownBy(() -> new RegisteredClient(CLIENT, "App", uris(), method, Optional.empty(),
                    Scopes.all(), NOW))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void needsAtLeastOneRedirectUri() {
            assertThatThrownBy(() -> new RegisteredClient(CLIENT, "App", List.of(), NONE, Optional.empty(),
                    Scopes.all(), NOW))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("redirect_uris"));
        }

        @Test
        void requiresEveryPart() {
            assertThatThrownBy(() -> new RegisteredClient(null, "App", uris(), NONE, Optional.empty(), Scopes.all(), NOW))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new RegisteredClient(CLIENT, null, uris(), NONE, Optional.empty(), Scopes.all(), NOW))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new RegisteredClient(CLIENT, "App", null, NONE, Optional.empty(), Scopes.all(), NOW))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new RegisteredClient(CLIENT, "App", uris(), null, Optional.empty(), Scopes.all(), NOW))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new RegisteredClient(CLIENT, "App", uris(), NONE, null, Scopes.all(), NOW))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new RegisteredClient(CLIENT, "App", uris(), NONE, Optional.empty(), null, NOW))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new RegisteredClient(CLIENT, "App", uris(), NONE, Optional.empty(), Scopes.all(), null))
                    .isInstanceOf(NullPointerException.class);
        }

        @Test
        void keepsItsOwnCopyOfTheRedirectUris() {
            List<RedirectUri> given = new ArrayList<>(uris());
            RegisteredClient client = new RegisteredClient(CLIENT, "App", given, NONE, Optional.empty(), Scopes.all(), NOW);

            given.add(new RedirectUri("https://evil.example/cb"));

            assertThat(client.redirectUris()).containsExactly(new RedirectUri(REDIRECT));
            assertThatThrownBy(() -> client.redirectUris().add(new RedirectUri("https://evil.example/cb")))
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void confidentialityFollowsTheMethod() {
            assertThat(publicClient().isConfidential()).isFalse();
            assertThat(confidentialClient(CLIENT_SECRET_POST, SECRET).isConfidential()).isTrue();
            assertThat(confidentialClient(CLIENT_SECRET_BASIC, SECRET).isConfidential()).isTrue();
        }

        @Test
        void keepsTheSecretOnlyAsAHash() {
            RegisteredClient client = confidentialClient(CLIENT_SECRET_BASIC, SECRET);

            assertThat(client.secretHash()).contains(TokenHash.of(SECRET));
            assertThat(client.toString()).doesNotContain(SECRET);
        }
    }

    @Nested
    class PublicClientAuthentication {

        private final RegisteredClient client = publicClient();

        @Test
        void authenticatesWithNoSecret() {
            assertThat(client.authenticates(NONE, Optional.empty())).isTrue();
        }

        @Test
        void refusesASecret() {
            assertThat(client.authenticates(NONE, Optional.of("anything"))).isFalse();
            assertThat(client.authenticates(CLIENT_SECRET_POST, Optional.of("anything"))).isFalse();
            assertThat(client.authenticates(CLIENT_SECRET_BASIC, Optional.of("anything"))).isFalse();
        }

        @Test
        void refusesAConfidentialMethodWithoutSecret() {
            assertThat(client.authenticates(CLIENT_SECRET_POST, Optional.empty())).isFalse();
            assertThat(client.authenticates(CLIENT_SECRET_BASIC, Optional.empty())).isFalse();
        }
    }

    @Nested
    class ConfidentialClientAuthentication {

        @ParameterizedTest
        @EnumSource(value = TokenEndpointAuthMethod.class, names = {"CLIENT_SECRET_POST", "CLIENT_SECRET_BASIC"})
        void authenticatesWithItsSecretByItsMethod(TokenEndpointAuthMethod method) {
            assertThat(confidentialClient(method, SECRET).authenticates(method, Optional.of(SECRET))).isTrue();
        }

        @Test
        void refusesTheWrongMethodEvenWithTheRightSecret() {
            assertThat(confidentialClient(CLIENT_SECRET_BASIC, SECRET).authenticates(CLIENT_SECRET_POST, Optional.of(SECRET)))
                    .isFalse();
            assertThat(confidentialClient(CLIENT_SECRET_POST, SECRET).authenticates(CLIENT_SECRET_BASIC, Optional.of(SECRET)))
                    .isFalse();
        }

        @ParameterizedTest
        @EnumSource(value = TokenEndpointAuthMethod.class, names = {"CLIENT_SECRET_POST", "CLIENT_SECRET_BASIC"})
        void refusesNoneAsAMethod(TokenEndpointAuthMethod registered) {
            RegisteredClient client = confidentialClient(registered, SECRET);

            assertThat(client.authenticates(NONE, Optional.empty())).isFalse();
            assertThat(client.authenticates(NONE, Optional.of(SECRET))).isFalse();
        }

        @ParameterizedTest
        @EnumSource(value = TokenEndpointAuthMethod.class, names = {"CLIENT_SECRET_POST", "CLIENT_SECRET_BASIC"})
        void refusesAMissingSecret(TokenEndpointAuthMethod method) {
            assertThat(confidentialClient(method, SECRET).authenticates(method, Optional.empty())).isFalse();
        }

        @ParameterizedTest
        @EnumSource(value = TokenEndpointAuthMethod.class, names = {"CLIENT_SECRET_POST", "CLIENT_SECRET_BASIC"})
        void refusesAWrongSecret(TokenEndpointAuthMethod method) {
            RegisteredClient client = confidentialClient(method, SECRET);

            assertThat(client.authenticates(method, Optional.of(SECRET + "x"))).isFalse();
            assertThat(client.authenticates(method, Optional.of(SECRET.substring(1)))).isFalse();
            assertThat(client.authenticates(method, Optional.of(""))).isFalse();
            assertThat(client.authenticates(method, Optional.of(OpaqueToken.random().value()))).isFalse();
        }

        @Test
        void refusesTheStoredHashPresentedAsTheSecret() {
            RegisteredClient client = confidentialClient(CLIENT_SECRET_POST, SECRET);

            assertThat(client.authenticates(CLIENT_SECRET_POST, Optional.of(TokenHash.of(SECRET).value()))).isFalse();
        }
    }

    @Nested
    class RedirectUriMatching {

        @Test
        void findsTheRegisteredUriThatMatches() {
            RegisteredClient client = publicClient("https://app.example/one", "https://app.example/two");

            assertThat(client.redirectUriMatching("https://app.example/two")).contains(new RedirectUri("https://app.example/two"));
            assertThat(client.redirectUriMatching("https://app.example/one")).contains(new RedirectUri("https://app.example/one"));
        }

        @Test
        void findsALoopbackUriOnAnotherPort() {
            RegisteredClient client = publicClient("http://127.0.0.1/callback");

            assertThat(client.redirectUriMatching("http://127.0.0.1:51234/callback"))
                    .contains(new RedirectUri("http://127.0.0.1/callback"));
        }

        @Test
        void findsNothingForAnUnregisteredUri() {
            RegisteredClient client = publicClient("https://app.example/one", "https://app.example/two");

            assertThat(client.redirectUriMatching("https://app.example/three")).isEmpty();
            assertThat(client.redirectUriMatching("https://app.example/one/")).isEmpty();
            assertThat(client.redirectUriMatching("https://app.example.evil.example/one")).isEmpty();
            assertThat(client.redirectUriMatching(null)).isEmpty();
        }
    }

    @Nested
    class ApplicationTypes {

        @Test
        void aWebClientMayNotKeepALoopbackOrPrivateUseRedirect() {
            for (String uri : List.of("http://127.0.0.1:8787/cb", "cursor://anysphere.cursor-mcp/cb")) {
                assertThatThrownBy(() -> new RegisteredClient(CLIENT, "web app", uris("https://app.example/cb", uri),
                        NONE, Optional.empty(), Scopes.all(), NOW, true, ApplicationType.WEB))
                        .isInstanceOfSatisfying(InvalidValueException.class,
                                e -> assertThat(e.field()).isEqualTo("redirect_uris"));
            }
        }

        @Test
        void withoutATypeItIsTheOneTheRedirectUrisImply() {
            assertThat(new RegisteredClient(CLIENT, "web", uris("https://app.example/cb"), NONE, Optional.empty(),
                    Scopes.all(), NOW, true).applicationType()).isEqualTo(ApplicationType.WEB);
            assertThat(new RegisteredClient(CLIENT, "cli", uris("https://app.example/cb", "http://localhost/cb"), NONE,
                    Optional.empty(), Scopes.all(), NOW, true).applicationType()).isEqualTo(ApplicationType.NATIVE);
        }
    }
}
