package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.AskConsent;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.Command;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.ShowError;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.Step;
import dev.notesmcp.domain.oauth.AuthorizationRequest;
import dev.notesmcp.domain.oauth.CodeChallenge;
import dev.notesmcp.domain.oauth.OAuthErrorCode;
import dev.notesmcp.domain.oauth.PendingAuthorization;
import dev.notesmcp.domain.oauth.RegisteredClient;
import dev.notesmcp.domain.oauth.TokenHash;
import dev.notesmcp.domain.token.Scope;
import dev.notesmcp.domain.token.Scopes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static dev.notesmcp.application.port.out.OAuthFixtures.REDIRECT_URI;
import static dev.notesmcp.application.port.out.OAuthFixtures.T0;
import static dev.notesmcp.application.port.out.OAuthFixtures.freshVerifier;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.RESOURCE;
import static dev.notesmcp.application.service.oauth.AuthorizationServerFixture.shownError;
import static org.assertj.core.api.Assertions.assertThat;

class StartAuthorizationServiceTest {

    private static final String STATE = "client state / with & and = and é";
    private static final String LOOPBACK = "http://127.0.0.1/oauth/callback";

    private final AuthorizationServerFixture server = new AuthorizationServerFixture();
    private final RegisteredClient client = server.publicClient(Scopes.all(), REDIRECT_URI, LOOPBACK);
    private final CodeChallenge challenge = CodeChallenge.s256(freshVerifier());

    /** The query of a sound request; tests change or drop parameters. */
    private Map<String, String> valid() {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("client_id", client.id().value());
        parameters.put("redirect_uri", REDIRECT_URI);
        parameters.put("response_type", "code");
        parameters.put("code_challenge", challenge.value());
        parameters.put("code_challenge_method", "S256");
        parameters.put("scope", "notes:read notes:write");
        parameters.put("state", STATE);
        parameters.put("resource", RESOURCE);
        return parameters;
    }

    private Step start(Map<String, String> parameters) {
        return server.start.start(new Command(
                Optional.ofNullable(parameters.get("client_id")),
                Optional.ofNullable(parameters.get("redirect_uri")),
                Optional.ofNullable(parameters.get("response_type")),
                Optional.ofNullable(parameters.get("code_challenge")),
                Optional.ofNullable(parameters.get("code_challenge_method")),
                Optional.ofNullable(parameters.get("scope")),
                Optional.ofNullable(parameters.get("state")),
                Optional.ofNullable(parameters.get("resource"))));
    }

    private Step start(Consumer<Map<String, String>> change) {
        Map<String, String> parameters = valid();
        change.accept(parameters);
        return start(parameters);
    }

    private AskConsent askedConsent(Step step) {
        assertThat(step).isInstanceOf(AskConsent.class);
        return (AskConsent) step;
    }

    private PendingAuthorization parked(AskConsent ask) {
        return server.pending.takeForConsent(ask.pendingId()).orElseThrow();
    }

    // ---- a sound request

    /** Registration floods: a client people sign in with is in use before its first token (CLIENT_IDLE_EXPIRY). */
    @Test
    void aSoundRequestRecordsTheClientsUseAndARefusedOneDoesNot() {
        server.clock.advance(Duration.ofHours(2)); // registered two hours ago: that use is no longer recent
        start(p -> p.put("code_challenge_method", "plain"));
        start(p -> p.put("redirect_uri", "https://elsewhere.example/cb"));
        assertThat(server.clients.recordedUses).as("refused requests are no use").isEmpty();

        askedConsent(start(valid()));

        assertThat(server.clients.recordedUses).containsExactly(client.id());
    }

    /** Its registration is a client's first recorded use (ClientRepository#add): within the hour nothing is written. */
    @Test
    void aSoundRequestWithinTheHourOfRegistrationWritesNoUse() {
        server.clock.advance(Duration.ofMinutes(59));
        askedConsent(start(valid()));
        assertThat(server.clients.recordedUses).isEmpty();

        server.clock.advance(Duration.ofMinutes(1));
        askedConsent(start(valid()));
        assertThat(server.clients.recordedUses).as("an hour after registration").containsExactly(client.id());
    }

    @Test
    void aSoundRequestIsParkedForConsent() {
        AskConsent ask = askedConsent(start(valid()));

        assertThat(ask.clientName()).isEqualTo(client.name());
        assertThat(ask.redirectHost()).isEqualTo("app.example");
        assertThat(ask.scopes()).isEqualTo(Scopes.all());
        PendingAuthorization pending = parked(ask);
        assertThat(pending.id()).isEqualTo(ask.pendingId());
        assertThat(pending.request()).isEqualTo(new AuthorizationRequest(client.id(), REDIRECT_URI, Scopes.all(),
                Optional.of(STATE), challenge));
        assertThat(pending.expiresAt()).isEqualTo(T0.plus(PendingAuthorization.LIFETIME));
    }

    @Test
    void theConsentFormsCsrfTokenIsKeptOnlyAsAHash() {
        AskConsent ask = askedConsent(start(valid()));

        PendingAuthorization pending = parked(ask);

        assertThat(pending.csrfHash()).isEqualTo(TokenHash.of(ask.csrfToken()));
        assertThat(pending.toString()).doesNotContain(ask.csrfToken());
    }

    @Test
    void everyRequestGetsItsOwnIdAndCsrfToken() {
        AskConsent first = askedConsent(start(valid()));
        AskConsent second = askedConsent(start(valid()));

        assertThat(second.pendingId()).isNotEqualTo(first.pendingId());
        assertThat(second.csrfToken()).isNotEqualTo(first.csrfToken());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void withoutAScopeTheClientsRegisteredScopesAreAsked(String blank) {
        RegisteredClient reader = server.publicClient(Scopes.of(Scope.NOTES_READ));

        AskConsent absent = askedConsent(start(p -> {
            p.put("client_id", reader.id().value());
            p.remove("scope");
        }));
        AskConsent empty = askedConsent(start(p -> {
            p.put("client_id", reader.id().value());
            p.put("scope", blank);
        }));

        assertThat(absent.scopes()).isEqualTo(Scopes.of(Scope.NOTES_READ));
        assertThat(empty.scopes()).isEqualTo(Scopes.of(Scope.NOTES_READ));
    }

    @Test
    void aNarrowerScopeIsAskedAsSent() {
        AskConsent ask = askedConsent(start(p -> p.put("scope", "notes:read")));

        assertThat(ask.scopes()).isEqualTo(Scopes.of(Scope.NOTES_READ));
        assertThat(parked(ask).request().scopes()).isEqualTo(Scopes.of(Scope.NOTES_READ));
    }

    @ParameterizedTest
    @ValueSource(strings = {RESOURCE + "/", "HTTPS://NOTES.EXAMPLE/mcp", "https://Notes.Example:443/mcp/"})
    void ourResourceIsAcceptedInAnyEquivalentSpelling(String resource) {
        AskConsent ask = askedConsent(start(p -> p.put("resource", resource)));

        assertThat(parked(ask).request().scopes()).isEqualTo(Scopes.all());
    }

    @Test
    void offlineAccessIsAcceptedAndIsNoScopeOfTheToken() {
        AskConsent ask = askedConsent(start(p -> p.put("scope", "notes:read offline_access")));

        assertThat(ask.scopes()).isEqualTo(Scopes.of(Scope.NOTES_READ));
        assertThat(parked(ask).request().scopes()).isEqualTo(Scopes.of(Scope.NOTES_READ));
    }

    @Test
    void offlineAccessAloneAsksForTheClientsRegisteredScopes() {
        RegisteredClient reader = server.publicClient(Scopes.of(Scope.NOTES_READ));

        AskConsent ask = askedConsent(start(p -> {
            p.put("client_id", reader.id().value());
            p.put("scope", "offline_access");
        }));

        assertThat(ask.scopes()).isEqualTo(Scopes.of(Scope.NOTES_READ));
    }

    @Test
    void stateAndResourceAreOptional() {
        AskConsent ask = askedConsent(start(p -> {
            p.remove("state");
            p.remove("resource");
        }));

        assertThat(parked(ask).request().state()).isEmpty();
    }

    @Test
    void aLoopbackRedirectUriMayUseAnyPortAndIsKeptAsSent() {
        String withPort = "http://127.0.0.1:54321/oauth/callback";

        AskConsent ask = askedConsent(start(p -> p.put("redirect_uri", withPort)));

        assertThat(ask.redirectHost()).isEqualTo("127.0.0.1");
        assertThat(parked(ask).request().redirectUri()).isEqualTo(withPort);
    }

    // ---- errors we must not send anywhere: our own page

    static Stream<Arguments> unvalidatedClientOrRedirect() {
        return Stream.of(
                Arguments.of("no client_id", (Consumer<Map<String, String>>) p -> p.remove("client_id")),
                Arguments.of("unknown client_id", (Consumer<Map<String, String>>) p -> p.put("client_id", "unknown")),
                Arguments.of("malformed client_id", (Consumer<Map<String, String>>) p -> p.put("client_id", "a b/c")),
                Arguments.of("no redirect_uri", (Consumer<Map<String, String>>) p -> p.remove("redirect_uri")),
                Arguments.of("unregistered redirect_uri",
                        (Consumer<Map<String, String>>) p -> p.put("redirect_uri", "https://evil.example/cb")),
                Arguments.of("open redirect through the registered host",
                        (Consumer<Map<String, String>>) p -> p.put("redirect_uri",
                                "https://app.example/oauth/callback?tenant=a%20b&next=https://evil.example")),
                Arguments.of("registered redirect_uri with a fragment",
                        (Consumer<Map<String, String>>) p -> p.put("redirect_uri", REDIRECT_URI + "#frag")),
                Arguments.of("registered redirect_uri without its query",
                        (Consumer<Map<String, String>>) p -> p.put("redirect_uri", "https://app.example/oauth/callback")),
                Arguments.of("user info in front of the registered host",
                        (Consumer<Map<String, String>>) p -> p.put("redirect_uri",
                                "https://app.example@evil.example/oauth/callback?tenant=a%20b")),
                Arguments.of("loopback on another host",
                        (Consumer<Map<String, String>>) p -> p.put("redirect_uri", "http://127.0.0.2/oauth/callback")),
                Arguments.of("loopback over https instead of http",
                        (Consumer<Map<String, String>>) p -> p.put("redirect_uri", "https://127.0.0.1/oauth/callback")),
                Arguments.of("empty redirect_uri", (Consumer<Map<String, String>>) p -> p.put("redirect_uri", "")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unvalidatedClientOrRedirect")
    void anUnknownClientOrUnregisteredRedirectUriIsShownAsOurOwnPage(String why, Consumer<Map<String, String>> change) {
        Step step = start(change);

        assertThat(shownError(step)).isNotBlank().doesNotContain("evil.example");
        assertThat(server.pending.waitingForConsent()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unvalidatedClientOrRedirect")
    void aBadClientOrRedirectUriWinsOverEveryOtherError(String why, Consumer<Map<String, String>> change) {
        Step step = start(change.andThen(p -> {
            p.put("response_type", "token");
            p.remove("code_challenge");
            p.put("scope", "admin");
            p.put("resource", "https://other.example");
        }));

        assertThat(step).isInstanceOf(ShowError.class);
    }

    // ---- errors sent back to the validated redirect URI

    static Stream<Arguments> redirectedErrors() {
        return Stream.of(
                Arguments.of("no response_type", OAuthErrorCode.INVALID_REQUEST,
                        (Consumer<Map<String, String>>) p -> p.remove("response_type")),
                Arguments.of("implicit flow", OAuthErrorCode.UNSUPPORTED_RESPONSE_TYPE,
                        (Consumer<Map<String, String>>) p -> p.put("response_type", "token")),
                Arguments.of("hybrid flow", OAuthErrorCode.UNSUPPORTED_RESPONSE_TYPE,
                        (Consumer<Map<String, String>>) p -> p.put("response_type", "code id_token")),
                Arguments.of("no code_challenge", OAuthErrorCode.INVALID_REQUEST,
                        (Consumer<Map<String, String>>) p -> p.remove("code_challenge")),
                Arguments.of("malformed code_challenge", OAuthErrorCode.INVALID_REQUEST,
                        (Consumer<Map<String, String>>) p -> p.put("code_challenge", "too-short")),
                Arguments.of("plain PKCE", OAuthErrorCode.INVALID_REQUEST,
                        (Consumer<Map<String, String>>) p -> p.put("code_challenge_method", "plain")),
                Arguments.of("no method, which means plain", OAuthErrorCode.INVALID_REQUEST,
                        (Consumer<Map<String, String>>) p -> p.remove("code_challenge_method")),
                Arguments.of("lower-case method", OAuthErrorCode.INVALID_REQUEST,
                        (Consumer<Map<String, String>>) p -> p.put("code_challenge_method", "s256")),
                Arguments.of("unknown scope", OAuthErrorCode.INVALID_SCOPE,
                        (Consumer<Map<String, String>>) p -> p.put("scope", "notes:read notes:admin")),
                Arguments.of("another resource", OAuthErrorCode.INVALID_TARGET,
                        (Consumer<Map<String, String>>) p -> p.put("resource", "https://other.example/mcp")),
                Arguments.of("our resource on another port", OAuthErrorCode.INVALID_TARGET,
                        (Consumer<Map<String, String>>) p -> p.put("resource", "https://notes.example:8443/mcp")),
                Arguments.of("offline_access with an unknown scope", OAuthErrorCode.INVALID_SCOPE,
                        (Consumer<Map<String, String>>) p -> p.put("scope", "offline_access openid")),
                // %00 decodes to NUL, which PostgreSQL cannot store: refused before anything is parked.
                Arguments.of("a NUL in state", OAuthErrorCode.INVALID_REQUEST,
                        (Consumer<Map<String, String>>) p -> p.put("state", "st\u0000ate")),
                Arguments.of("a lone surrogate in state", OAuthErrorCode.INVALID_REQUEST,
                        (Consumer<Map<String, String>>) p -> p.put("state", "st\uD800ate")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("redirectedErrors")
    void aBadRequestFromAKnownClientIsShownAsOurOwnPageNeverRedirected(String why, OAuthErrorCode expected,
                                                                      Consumer<Map<String, String>> change) {
        Step step = start(change);

        // A registered redirect URI is not trusted enough for an automatic redirect (RFC 9700 §4.11.2).
        assertThat(step).isInstanceOf(ShowError.class);
        assertThat(((ShowError) step).message()).contains(expected.value());
        assertThat(server.pending.waitingForConsent()).as("nothing parked").isZero();
    }

    @Test
    void aScopeTheClientDidNotRegisterForIsInvalid() {
        RegisteredClient reader = server.publicClient(Scopes.of(Scope.NOTES_READ));

        Step step = start(p -> {
            p.put("client_id", reader.id().value());
            p.put("scope", "notes:write");
        });

        assertThat(shownError(step)).contains("invalid_scope");
    }

    @Test
    void errorsAreCheckedInOrderResponseTypeThenPkceThenScopeThenResource() {
        Consumer<Map<String, String>> badResource = p -> p.put("resource", "https://other.example/mcp");
        Consumer<Map<String, String>> badScope = badResource.andThen(p -> p.put("scope", "admin"));
        Consumer<Map<String, String>> badPkce = badScope.andThen(p -> p.put("code_challenge_method", "plain"));
        Consumer<Map<String, String>> badResponseType = badPkce.andThen(p -> p.put("response_type", "token"));

        assertThat(shownError(start(badResponseType))).contains("unsupported_response_type");
        assertThat(shownError(start(badPkce))).contains("invalid_request");
        assertThat(shownError(start(badScope))).contains("invalid_scope");
        assertThat(shownError(start(badResource))).contains("invalid_target");
    }
}
