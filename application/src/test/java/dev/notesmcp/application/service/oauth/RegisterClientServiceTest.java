package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.in.oauth.RegisterClientUseCase.Command;
import dev.notesmcp.application.port.in.oauth.RegisterClientUseCase.Refused;
import dev.notesmcp.application.port.in.oauth.RegisterClientUseCase.Registered;
import dev.notesmcp.application.port.in.oauth.RegisterClientUseCase.Result;
import dev.notesmcp.application.port.out.ClientRepository;
import dev.notesmcp.domain.WellFormedText;
import dev.notesmcp.domain.oauth.ApplicationType;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.OAuthErrorCode;
import dev.notesmcp.domain.oauth.RedirectUri;
import dev.notesmcp.domain.oauth.RegisteredClient;
import dev.notesmcp.domain.oauth.TokenEndpointAuthMethod;
import dev.notesmcp.domain.token.Scope;
import dev.notesmcp.domain.token.Scopes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class RegisterClientServiceTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    private static final String REDIRECT = "http://localhost:6274/oauth/callback";

    /** Keeps clients in a map, as the in-memory adapter does. */
    private static final class FakeClientRepository implements ClientRepository {
        private final Map<ClientId, RegisteredClient> clients = new HashMap<>();

        @Override
        public void add(RegisteredClient client) {
            if (clients.putIfAbsent(client.id(), client) != null) {
                throw new IllegalStateException("duplicate client id");
            }
        }

        @Override
        public Optional<RegisteredClient> find(ClientId id) {
            return Optional.ofNullable(clients.get(id));
        }

        @Override
        public void recordUse(ClientId id, java.time.Instant now) {
            throw new UnsupportedOperationException("registration never records a use");
        }

        @Override
        public int removeIdleSince(java.time.Instant idleSince) {
            throw new UnsupportedOperationException("registration never removes clients");
        }

        @Override
        public java.util.List<UsedClient> list() {
            throw new UnsupportedOperationException("registration never lists clients");
        }

        @Override
        public Optional<UsedClient> findWithUse(ClientId id) {
            throw new UnsupportedOperationException("registration never reads a last use");
        }

        @Override
        public boolean remove(ClientId id) {
            throw new UnsupportedOperationException("registration never removes a client");
        }
    }

    private final FakeClientRepository clients = new FakeClientRepository();
    private final RegisterClientService service = new RegisterClientService(clients, Clock.fixed(NOW, ZoneOffset.UTC));

    private static Command command(List<String> redirectUris) {
        return new Command(redirectUris, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    private static Command publicClient() {
        return new Command(List.of(REDIRECT), Optional.of("none"), Optional.empty(), Optional.empty(),
                Optional.of("MCP Inspector"), Optional.empty());
    }

    private Registered registered(Command command) {
        Result result = service.register(command);
        assertThat(result).isInstanceOf(Registered.class);
        return (Registered) result;
    }

    private Refused refused(Command command, OAuthErrorCode expected) {
        Result result = service.register(command);
        assertThat(result).isInstanceOf(Refused.class);
        Refused refused = (Refused) result;
        assertThat(refused.error().code()).isEqualTo(expected);
        assertThat(clients.clients).isEmpty();
        return refused;
    }

    @Test
    void registersAPublicClientWithoutASecret() {
        Registered registered = registered(publicClient());

        RegisteredClient client = registered.client();
        assertThat(registered.clientSecret()).isEmpty();
        assertThat(client.authMethod()).isEqualTo(TokenEndpointAuthMethod.NONE);
        assertThat(client.secretHash()).isEmpty();
        assertThat(client.name()).isEqualTo("MCP Inspector");
        assertThat(client.redirectUris()).containsExactly(new RedirectUri(REDIRECT));
        assertThat(client.scopes()).isEqualTo(Scopes.all());
        assertThat(client.issuedAt()).isEqualTo(NOW);
        assertThat(registered.grantTypes()).containsExactly("authorization_code");
        assertThat(registered.responseTypes()).containsExactly("code");
        assertThat(clients.find(client.id())).contains(client);
    }

    @Test
    void withoutAnAuthMethodTheClientIsConfidentialPerRfc7591() {
        Registered registered = registered(command(List.of("https://app.example/cb")));

        RegisteredClient client = registered.client();
        assertThat(client.authMethod()).isEqualTo(TokenEndpointAuthMethod.CLIENT_SECRET_BASIC);
        assertThat(client.name()).isEqualTo(RegisterClientService.DEFAULT_CLIENT_NAME);
        String secret = registered.clientSecret().orElseThrow();
        assertThat(secret).hasSize(43);
        RegisteredClient stored = clients.find(client.id()).orElseThrow();
        assertThat(stored.secretHash().orElseThrow().value()).isNotEqualTo(secret);
        assertThat(stored.toString()).doesNotContain(secret);
        assertThat(stored.authenticates(TokenEndpointAuthMethod.CLIENT_SECRET_BASIC, Optional.of(secret))).isTrue();
        assertThat(stored.authenticates(TokenEndpointAuthMethod.CLIENT_SECRET_BASIC, Optional.of("guess"))).isFalse();
        assertThat(registered.toString()).doesNotContain(secret);
    }

    @Test
    void clientSecretPostIsConfidentialToo() {
        Registered registered = registered(new Command(List.of(REDIRECT), Optional.of("client_secret_post"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));

        assertThat(registered.client().authMethod()).isEqualTo(TokenEndpointAuthMethod.CLIENT_SECRET_POST);
        assertThat(registered.clientSecret()).isPresent();
    }

    @Test
    void everyRegistrationGetsItsOwnUrlSafeIdAndSecret() {
        Registered first = registered(command(List.of(REDIRECT)));
        Registered second = registered(command(List.of(REDIRECT)));

        assertThat(first.client().id()).isNotEqualTo(second.client().id());
        assertThat(first.clientSecret()).isNotEqualTo(second.clientSecret());
        assertThat(first.client().id().value()).matches("[A-Za-z0-9._~-]+");
    }

    @Test
    void keepsRequestedScopesGrantTypesAndDropsDuplicates() {
        Registered registered = registered(new Command(List.of(REDIRECT, REDIRECT, "https://app.example/cb"),
                Optional.of("none"), Optional.of(List.of("authorization_code", "refresh_token", "refresh_token")),
                Optional.of(List.of("code", "code")), Optional.of("  Claude  "), Optional.of("notes:read")));

        assertThat(registered.client().redirectUris())
                .containsExactly(new RedirectUri(REDIRECT), new RedirectUri("https://app.example/cb"));
        assertThat(registered.client().scopes()).isEqualTo(Scopes.of(Scope.NOTES_READ));
        assertThat(registered.client().name()).isEqualTo("Claude");
        assertThat(registered.grantTypes()).containsExactly("authorization_code", "refresh_token");
        assertThat(registered.responseTypes()).containsExactly("code");
    }

    @Test
    void aBlankScopeOrNameMeansTheDefault() {
        Registered registered = registered(new Command(List.of(REDIRECT), Optional.of("none"), Optional.empty(),
                Optional.empty(), Optional.of("   "), Optional.of(" ")));

        assertThat(registered.client().scopes()).isEqualTo(Scopes.all());
        assertThat(registered.client().name()).isEqualTo(RegisterClientService.DEFAULT_CLIENT_NAME);
    }

    @Test
    void acceptsTenRedirectUrisAndANameOfTwoHundredCharacters() {
        List<String> ten = IntStream.range(0, 10).mapToObj(i -> "https://app.example/cb" + i).toList();
        Registered registered = registered(new Command(ten, Optional.of("none"), Optional.empty(), Optional.empty(),
                Optional.of("é".repeat(200)), Optional.empty()));

        assertThat(registered.client().redirectUris()).hasSize(10);
    }

    @Test
    void refusesNoRedirectUri() {
        assertThat(refused(command(List.of()), OAuthErrorCode.INVALID_REDIRECT_URI).error().description())
                .isEqualTo("redirect_uris: at least one redirect URI is required");
    }

    @Test
    void refusesMoreThanTenRedirectUris() {
        List<String> eleven = IntStream.range(0, 11).mapToObj(i -> "https://app.example/cb" + i).toList();
        refused(command(eleven), OAuthErrorCode.INVALID_REDIRECT_URI);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://app.example/cb", "https://app.example/cb#frag", "javascript:alert(1)",
            "data:text/html,hi", "/relative", "https://user@app.example/cb", "not a uri", "about:blank"})
    void refusesABadRedirectUriWithTheDomainMessage(String uri) {
        String expected;
        try {
            new RedirectUri(uri);
            throw new AssertionError("the domain accepts " + uri);
        } catch (IllegalArgumentException e) {
            expected = e.getMessage();
        }
        Refused refused = refused(command(List.of(REDIRECT, uri)), OAuthErrorCode.INVALID_REDIRECT_URI);
        assertThat(refused.error().description()).isEqualTo(expected);
    }

    @Test
    void refusesAnUnknownAuthMethod() {
        refused(new Command(List.of(REDIRECT), Optional.of("private_key_jwt"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()), OAuthErrorCode.INVALID_CLIENT_METADATA);
    }

    @ParameterizedTest
    @ValueSource(strings = {"implicit", "client_credentials", "password",
            "urn:ietf:params:oauth:grant-type:device_code"})
    void dropsAnUnsupportedGrantTypeAndStoresWhatItReturns(String grantType) {
        Registered registered = registered(new Command(List.of(REDIRECT), Optional.of("none"),
                Optional.of(List.of("authorization_code", grantType, "refresh_token")), Optional.empty(),
                Optional.empty(), Optional.empty()));

        assertThat(registered.grantTypes()).containsExactly("authorization_code", "refresh_token");
        assertThat(clients.find(registered.client().id())).contains(registered.client());
        assertThat(registered.client().refreshTokens()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"token", "id_token", "code token", "none"})
    void refusesAResponseTypeOtherThanCode(String responseType) {
        Refused refused = refused(new Command(List.of(REDIRECT), Optional.of("none"), Optional.empty(),
                Optional.of(List.of(responseType)), Optional.empty(), Optional.empty()),
                OAuthErrorCode.INVALID_CLIENT_METADATA);
        assertThat(refused.error().description()).startsWith("response_types: must include code");
    }

    @Test
    void refusesTheCodeResponseTypeWithoutTheAuthorizationCodeGrant() {
        Refused refused = refused(new Command(List.of(REDIRECT), Optional.of("none"),
                Optional.of(List.of("refresh_token")), Optional.of(List.of("code")), Optional.empty(),
                Optional.empty()), OAuthErrorCode.INVALID_CLIENT_METADATA);
        assertThat(refused.error().description()).contains("must include authorization_code");
    }

    @Test
    void refusesTheAuthorizationCodeGrantWithoutTheCodeResponseType() {
        Refused refused = refused(new Command(List.of(REDIRECT), Optional.of("none"), Optional.empty(),
                Optional.of(List.of()), Optional.empty(), Optional.empty()), OAuthErrorCode.INVALID_CLIENT_METADATA);
        assertThat(refused.error().description()).contains("must include code");
    }

    @Test
    void refusesAClientThatCouldNeverObtainATokenHere() {
        Refused refused = refused(new Command(List.of(REDIRECT), Optional.of("none"), Optional.of(List.of()),
                Optional.of(List.of()), Optional.empty(), Optional.empty()), OAuthErrorCode.INVALID_CLIENT_METADATA);
        assertThat(refused.error().description()).contains("must include authorization_code");
    }

    @Test
    void refusesANameLongerThanTwoHundredCharacters() {
        refused(new Command(List.of(REDIRECT), Optional.of("none"), Optional.empty(), Optional.empty(),
                Optional.of("x".repeat(201)), Optional.empty()), OAuthErrorCode.INVALID_CLIENT_METADATA);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Evil\nClient", "Good\u202Eecilam", "tab\there", "nul\u0000"})
    void refusesANameThatCouldDisguiseTheClientOnTheConsentPage(String name) {
        refused(new Command(List.of(REDIRECT), Optional.of("none"), Optional.empty(), Optional.empty(),
                Optional.of(name), Optional.empty()), OAuthErrorCode.INVALID_CLIENT_METADATA);
    }

    /** Text that is not well-formed Unicode: refused before anything is stored, and never repeated in the error. */
    @ParameterizedTest
    @ValueSource(strings = {"lone \uD800 surrogate", "x\uDFFFy", "reversed \uDCDD\uD83D"})
    void refusesIllFormedTextInEveryFieldWithoutRepeatingIt(String text) {
        List<Command> commands = List.of(
                new Command(List.of(REDIRECT), Optional.of("none"), Optional.empty(), Optional.empty(),
                        Optional.of(text), Optional.empty()),
                new Command(List.of(REDIRECT), Optional.of("none"), Optional.of(List.of("authorization_code", text)),
                        Optional.empty(), Optional.empty(), Optional.empty()),
                new Command(List.of(REDIRECT), Optional.of("none"), Optional.empty(), Optional.of(List.of(text)),
                        Optional.empty(), Optional.empty()),
                new Command(List.of(REDIRECT), Optional.of("none"), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.of("notes:read " + text)),
                new Command(List.of(REDIRECT), Optional.of(text), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty()));
        for (Command command : commands) {
            Refused refused = refused(command, OAuthErrorCode.INVALID_CLIENT_METADATA);
            assertThat(WellFormedText.is(refused.error().description())).as(refused.error().description()).isTrue();
        }
        Refused badUri = refused(command(List.of(REDIRECT + "?x=" + text)), OAuthErrorCode.INVALID_REDIRECT_URI);
        assertThat(badUri.error().description()).contains("redirect_uri: must be valid Unicode text");
    }

    @Test
    void aNameWithALoneSurrogateIsInvalidMetadataNamingTheField() {
        Refused refused = refused(new Command(List.of(REDIRECT), Optional.of("none"), Optional.empty(), Optional.empty(),
                Optional.of("app \uD800"), Optional.empty()), OAuthErrorCode.INVALID_CLIENT_METADATA);

        assertThat(refused.error().description()).startsWith("client_name: must be valid Unicode text");
    }

    @ParameterizedTest
    @ValueSource(strings = {"notes:admin", "openid offline_access", "NOTES:READ"})
    void refusesScopesOfWhichNoneIsOffered(String scope) {
        refused(new Command(List.of(REDIRECT), Optional.of("none"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(scope)), OAuthErrorCode.INVALID_CLIENT_METADATA);
    }

    @Test
    void dropsScopesThisServerDoesNotOffer() {
        Registered registered = registered(new Command(List.of(REDIRECT), Optional.of("none"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of("notes:read notes:write offline_access openid")));

        assertThat(registered.client().scopes()).isEqualTo(Scopes.all());
    }

    @Test
    void registersCursorWithItsPrivateUseSchemeAsANativeClient() {
        Registered registered = registered(new Command(List.of("cursor://anysphere.cursor-mcp/oauth/callback",
                "https://www.cursor.com/agents/mcp/oauth/callback", "http://localhost:8787/callback"), Optional.of("none"),
                Optional.of(List.of("authorization_code", "refresh_token")), Optional.of(List.of("code")),
                Optional.of("Cursor"), Optional.empty()));

        assertThat(registered.client().applicationType()).isEqualTo(ApplicationType.NATIVE);
        assertThat(registered.client().redirectUriMatching("cursor://anysphere.cursor-mcp/oauth/callback")).isPresent();
        assertThat(clients.find(registered.client().id())).contains(registered.client());
    }

    @Test
    void storesTheApplicationTypeTheClientNamed() {
        refused(new Command(List.of("http://127.0.0.1/cb"), Optional.of("none"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of("web")), OAuthErrorCode.INVALID_REDIRECT_URI);
        Registered registered = registered(new Command(List.of("https://app.example/cb"), Optional.of("none"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("native")));

        assertThat(clients.find(registered.client().id()).orElseThrow().applicationType())
                .isEqualTo(ApplicationType.NATIVE);
    }

    @Test
    void onlyAClientThatRegistersTheRefreshTokenGrantGetsRefreshTokens() {
        assertThat(registered(publicClient()).client().refreshTokens()).as("default grant_types").isFalse();
        assertThat(registered(new Command(List.of(REDIRECT), Optional.of("none"),
                Optional.of(List.of("authorization_code", "refresh_token")), Optional.empty(), Optional.empty(),
                Optional.empty())).client().refreshTokens()).isTrue();
    }
}
