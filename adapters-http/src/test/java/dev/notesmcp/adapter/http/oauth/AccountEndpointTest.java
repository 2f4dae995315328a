package dev.notesmcp.adapter.http.oauth;

import dev.notesmcp.adapter.http.common.HttpSettings;
import dev.notesmcp.application.port.in.account.AccountSignInUseCase;
import dev.notesmcp.application.port.in.account.ConnectedAppsUseCase;
import dev.notesmcp.application.port.in.oauth.CompleteLoginUseCase;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase;
import dev.notesmcp.application.port.in.oauth.StartAuthorizationUseCase.SignInOption;
import dev.notesmcp.domain.account.ConnectedApp;
import dev.notesmcp.domain.identity.UpstreamSignIn;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.GrantId;
import dev.notesmcp.domain.token.Scope;
import dev.notesmcp.domain.token.Scopes;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The connected-apps page ({@code /account}) and its forms on the authorization flow's own routing. */
@RoutingTest
class AccountEndpointTest {

    private static final byte[] KEY = new byte[32];
    private static final UserId ADA = new UserId("dev:ada");
    private static final UserId BOB = new UserId("dev:bob");
    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    private static final ConnectedApp HOSTILE = new ConnectedApp(new ClientId("client-1"),
            "<script>alert(1)</script>", Optional.empty(), Scopes.of(Scope.NOTES_READ), T0, T0.plusSeconds(3600),
            List.of(GrantId.random()));
    private static final ConnectedApp DOCUMENTED = new ConnectedApp(new ClientId("https://tools.example/client.json"),
            "tools.example", Optional.of("tools.example"), Scopes.all(), T0, T0, List.of(GrantId.random()));

    private static final List<String> REVOKES = new CopyOnWriteArrayList<>();
    private static final List<AccountSignInUseCase.Command> SIGN_INS = new CopyOnWriteArrayList<>();
    private static final List<CompleteLoginUseCase.Command> AUTHORIZATION_CALLBACKS = new CopyOnWriteArrayList<>();
    private static final List<UpstreamSignIn> STARTED = new CopyOnWriteArrayList<>();

    private final DirectClient client;

    AccountEndpointTest(DirectClient client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        ConnectedAppsUseCase apps = new ConnectedAppsUseCase() {
            @Override
            public List<ConnectedApp> connectedApps(UserId user) {
                return user.equals(ADA) ? List.of(HOSTILE, DOCUMENTED) : List.of();
            }

            @Override
            public Revocation revoke(UserId user, String clientId) {
                REVOKES.add(user.value() + " " + clientId);
                return user.equals(ADA) && clientId.equals("client-1") ? new Revoked(HOSTILE) : new NotConnected();
            }
        };
        AccountSignInUseCase signIn = new AccountSignInUseCase() {
            @Override
            public List<SignInOption> signInOptions() {
                return List.of(new SignInOption("github", "GitHub"), new SignInOption("dev", "the dev login"));
            }

            @Override
            public Start start(String provider) {
                if (!provider.equals("dev")) {
                    return new UnknownProvider("no such sign-in");
                }
                UpstreamSignIn started = UpstreamSignIn.start("dev");
                STARTED.add(started);
                return new RedirectToProvider(URI.create("https://notes.example/oauth/dev/login?state=" + started.state()),
                        started);
            }

            @Override
            public SignIn complete(Command command) {
                SIGN_INS.add(command);
                return new SignedIn(ADA);
            }
        };
        CompleteLoginUseCase authorizationCallback = command -> {
            AUTHORIZATION_CALLBACKS.add(command);
            return new StartAuthorizationUseCase.ShowError("the authorization flow's callback");
        };
        AuthorizationFlow.endpoints(HttpSettings.of(URI.create("https://notes.example"), List.of()),
                command -> new StartAuthorizationUseCase.ShowError("unused"),
                command -> new StartAuthorizationUseCase.ShowError("unused"), authorizationCallback, KEY,
                apps, signIn, Clock.systemUTC()).forEach(routing::register);
    }

    @BeforeEach
    void forget() {
        REVOKES.clear();
        SIGN_INS.clear();
        AUTHORIZATION_CALLBACKS.clear();
        STARTED.clear();
    }

    @Test
    void aVisitorNotSignedInGetsTheSignInPageWithEveryProvider() {
        for (String cookie : List.of("", "__Host-notes_mcp_user=" + remembered(ADA) + "x")) {
            try (Http1ClientResponse response = get(cookie)) {
                assertThat(response.status()).isEqualTo(Status.OK_200);
                String page = response.as(String.class);
                assertThat(page).contains("action=\"https://notes.example/account/sign-in\"")
                        .contains("<button type=\"submit\" name=\"provider\" value=\"github\">Continue with GitHub</button>")
                        .contains("value=\"dev\">Continue with the dev login</button>")
                        .doesNotContain("client-1");
                assertSecurityHeaders(response);
            }
        }
    }

    @Test
    void theSignedInUserSeesEachAppEscapedWithHostOrUnverifiedScopesAndTimes() {
        try (Http1ClientResponse response = get("__Host-notes_mcp_user=" + remembered(ADA))) {
            assertThat(response.status()).isEqualTo(Status.OK_200);
            String page = response.as(String.class);
            assertThat(page).contains("dev:ada")
                    .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>")
                    .contains("unverified").contains("(verified: tools.example)")
                    .contains("notes:read").contains("notes:write")
                    .contains("2026-01-05 10:00 UTC").contains("2026-01-05 11:00 UTC")
                    .contains("name=\"client_id\" value=\"client-1\"")
                    .contains("name=\"client_id\" value=\"https://tools.example/client.json\"")
                    .doesNotContain("No app has access");
            assertThat(csrfToken(page)).isNotBlank();
            assertThat(response.headers().values(HeaderNames.SET_COOKIE))
                    .anyMatch(c -> c.startsWith("__Host-notes_mcp_account=") && c.contains("SameSite=Strict")
                            && c.contains("HttpOnly") && c.contains("Secure"));
            assertSecurityHeaders(response);
        }
    }

    @Test
    void aUserWithoutAppsSeesTheEmptyState() {
        try (Http1ClientResponse response = get("__Host-notes_mcp_user=" + remembered(BOB))) {
            assertThat(response.as(String.class)).contains("No app has access to your notes");
        }
    }

    @Test
    void revokingWithThePagesTokenRevokesAndSeesOtherBackToTheConfirmation() {
        Session session = signedIn(ADA);

        try (Http1ClientResponse response = post(AccountEndpoint.REVOKE, session.cookies(),
                Map.of("client_id", "client-1", "csrf_token", session.token()))) {
            assertThat(response.status()).isEqualTo(Status.SEE_OTHER_303);
            assertThat(response.headers().first(HeaderNames.LOCATION)).hasValue("https://notes.example/account?revoked=1");
        }
        assertThat(REVOKES).containsExactly("dev:ada client-1");
        try (Http1ClientResponse response = get(session.cookies() + "")) {
            assertThat(response.as(String.class)).doesNotContain("Access revoked");
        }
        try (Http1ClientResponse response = client.get(AccountEndpoint.PATH).queryParam("revoked", "1")
                .header(HeaderNames.COOKIE, session.cookies()).request()) {
            assertThat(response.as(String.class)).contains("Access revoked");
        }
    }

    @Test
    void anAppTheUserDoesNotHoldIsNotFoundAndTheUseCaseDecides() {
        Session session = signedIn(ADA);

        try (Http1ClientResponse response = post(AccountEndpoint.REVOKE, session.cookies(),
                Map.of("client_id", "bobs-client", "csrf_token", session.token()))) {
            assertThat(response.status()).isEqualTo(Status.NOT_FOUND_404);
            assertSecurityHeaders(response);
        }
        assertThat(REVOKES).containsExactly("dev:ada bobs-client");
    }

    @Test
    void aMissingWrongOrForeignTokenIsRefusedWith403AndNothingIsRevoked() {
        Session ada = signedIn(ADA);
        Session bob = signedIn(BOB);
        String adaWithBobsSession = "__Host-notes_mcp_user=" + remembered(ADA) + "; " + bob.sessionCookie();
        List<Map.Entry<String, Map<String, String>>> attempts = List.of(
                Map.entry(ada.cookies(), Map.of("client_id", "client-1")),
                Map.entry(ada.cookies(), Map.of("client_id", "client-1", "csrf_token", "")),
                Map.entry(ada.cookies(), Map.of("client_id", "client-1", "csrf_token", ada.token() + "x")),
                Map.entry(ada.cookies(), Map.of("client_id", "client-1", "csrf_token", bob.token())),
                Map.entry(adaWithBobsSession, Map.of("client_id", "client-1", "csrf_token", ada.token())),
                Map.entry("__Host-notes_mcp_user=" + remembered(ADA), Map.of("client_id", "client-1",
                        "csrf_token", ada.token())),
                Map.entry(ada.sessionCookie(), Map.of("client_id", "client-1", "csrf_token", ada.token())));
        for (Map.Entry<String, Map<String, String>> attempt : attempts) {
            try (Http1ClientResponse response = post(AccountEndpoint.REVOKE, attempt.getKey(), attempt.getValue())) {
                assertThat(response.status()).as(attempt.toString()).isEqualTo(Status.FORBIDDEN_403);
                assertSecurityHeaders(response);
            }
        }
        assertThat(REVOKES).isEmpty();
    }

    @Test
    void aPostFromAnotherSiteIsRefusedEvenWithTheToken() {
        Session session = signedIn(ADA);
        for (Map<String, String> headers : List.of(Map.of("Sec-Fetch-Site", "cross-site"),
                Map.of("Origin", "https://evil.example"), Map.of("Origin", "null"))) {
            Http1ClientRequest request = client.post(AccountEndpoint.REVOKE).followRedirects(false)
                    .header(HeaderNames.CONTENT_TYPE, "application/x-www-form-urlencoded")
                    .header(HeaderNames.COOKIE, session.cookies());
            headers.forEach((name, value) -> request.header(HeaderNames.create(name), value));
            try (Http1ClientResponse response = request.submit("client_id=client-1&csrf_token=" + session.token())) {
                assertThat(response.status()).as(headers.toString()).isEqualTo(Status.FORBIDDEN_403);
            }
        }
        assertThat(REVOKES).isEmpty();
    }

    @Test
    void signingOutClearsTheRememberedUserOnlyWithTheToken() {
        Session session = signedIn(ADA);
        try (Http1ClientResponse refused = post(AccountEndpoint.SIGN_OUT, session.cookies(), Map.of())) {
            assertThat(refused.status()).isEqualTo(Status.FORBIDDEN_403);
            assertThat(refused.headers().values(HeaderNames.SET_COOKIE)).noneMatch(c -> c.startsWith("__Host-notes_mcp_user="));
        }
        try (Http1ClientResponse response = post(AccountEndpoint.SIGN_OUT, session.cookies(),
                Map.of("csrf_token", session.token()))) {
            assertThat(response.status()).isEqualTo(Status.SEE_OTHER_303);
            assertThat(response.headers().first(HeaderNames.LOCATION)).hasValue("https://notes.example/account");
            assertThat(response.headers().values(HeaderNames.SET_COOKIE))
                    .contains("__Host-notes_mcp_user=; Expires=Thu");
        }
    }

    @Test
    void aSignInStartedHereComesBackThroughTheProviderCallbackToTheAccountPageRemembered() {
        String sealed;
        try (Http1ClientResponse response = post(AccountSignInEndpoint.PATH, "", Map.of("provider", "dev"))) {
            assertThat(response.status()).isEqualTo(Status.SEE_OTHER_303);
            assertThat(response.headers().first(HeaderNames.LOCATION)).get().asString()
                    .startsWith("https://notes.example/oauth/dev/login?state=");
            sealed = cookie(response, "__Host-notes_mcp_account_login");
            assertThat(sealed).doesNotContain(STARTED.getFirst().state()).doesNotContain(STARTED.getFirst().codeVerifier());
        }
        UpstreamSignIn started = STARTED.getFirst();

        try (Http1ClientResponse response = client.get(AuthorizationEndpoint.callbackPath("dev")).followRedirects(false)
                .queryParam("state", started.state()).queryParam("code", "c1")
                .header(HeaderNames.COOKIE, "__Host-notes_mcp_account_login=" + sealed).request()) {
            assertThat(response.status()).isEqualTo(Status.SEE_OTHER_303);
            assertThat(response.headers().first(HeaderNames.LOCATION)).hasValue("https://notes.example/account");
            assertThat(cookie(response, "__Host-notes_mcp_user")).isEqualTo(remembered(ADA));
            assertThat(response.headers().values(HeaderNames.SET_COOKIE))
                    .anyMatch(c -> c.startsWith("__Host-notes_mcp_account_login=;"));
        }
        assertThat(SIGN_INS).singleElement().satisfies(command -> {
            assertThat(command.provider()).isEqualTo("dev");
            assertThat(command.started()).contains(started);
            assertThat(command.code()).hasValue("c1");
        });
        assertThat(AUTHORIZATION_CALLBACKS).isEmpty();
    }

    @Test
    void everyOtherCallbackContinuesTheAuthorizationFlow() {
        String sealed;
        try (Http1ClientResponse response = post(AccountSignInEndpoint.PATH, "", Map.of("provider", "dev"))) {
            sealed = cookie(response, "__Host-notes_mcp_account_login");
        }
        String tampered = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("AA") ? "BB" : "AA");
        for (String cookie : List.of("", "__Host-notes_mcp_account_login=" + sealed,
                "__Host-notes_mcp_account_login=" + tampered)) {
            String state = cookie.contains(sealed) ? "another-state" : STARTED.getFirst().state();
            try (Http1ClientResponse response = client.get(AuthorizationEndpoint.callbackPath("dev"))
                    .followRedirects(false).queryParam("state", state).queryParam("code", "c1")
                    .header(HeaderNames.COOKIE, cookie.isEmpty() ? "x=y" : cookie).request()) {
                assertThat(response.as(String.class)).contains("the authorization flow's callback");
            }
        }
        assertThat(AUTHORIZATION_CALLBACKS).hasSize(3);
        assertThat(SIGN_INS).isEmpty();
    }

    @Test
    void anUnknownProviderOrAForeignPostStartsNoSignIn() {
        try (Http1ClientResponse response = post(AccountSignInEndpoint.PATH, "", Map.of("provider", "nope"))) {
            assertThat(response.status()).isEqualTo(Status.BAD_REQUEST_400);
        }
        try (Http1ClientResponse response = client.post(AccountSignInEndpoint.PATH).followRedirects(false)
                .header(HeaderNames.CONTENT_TYPE, "application/x-www-form-urlencoded")
                .header(HeaderNames.create("Sec-Fetch-Site"), "cross-site").submit("provider=dev")) {
            assertThat(response.status()).isEqualTo(Status.FORBIDDEN_403);
        }
        assertThat(STARTED).isEmpty();
    }

    /** Same headers as the consent page (page.HtmlPages): no framing, no caching, no sniffing, no referrer to others. */
    private static void assertSecurityHeaders(Http1ClientResponse response) {
        assertThat(response.headers().first(HeaderNames.CONTENT_TYPE)).hasValue("text/html; charset=utf-8");
        assertThat(response.headers().first(HeaderNames.create("X-Frame-Options"))).hasValue("DENY");
        assertThat(response.headers().first(HeaderNames.create("Content-Security-Policy"))).get().asString()
                .contains("frame-ancestors 'none'").contains("default-src 'none'");
        assertThat(response.headers().first(HeaderNames.CACHE_CONTROL)).hasValue("no-store");
        assertThat(response.headers().first(HeaderNames.create("X-Content-Type-Options"))).hasValue("nosniff");
        assertThat(response.headers().first(HeaderNames.create("Referrer-Policy"))).get().asString()
                .isIn("same-origin", "no-referrer");
    }

    private Session signedIn(UserId user) {
        String userCookie = "__Host-notes_mcp_user=" + remembered(user);
        try (Http1ClientResponse response = get(userCookie)) {
            String session = "__Host-notes_mcp_account=" + cookie(response, "__Host-notes_mcp_account");
            return new Session(userCookie + "; " + session, session, csrfToken(response.as(String.class)));
        }
    }

    private record Session(String cookies, String sessionCookie, String token) {
    }

    private Http1ClientResponse get(String cookie) {
        Http1ClientRequest request = client.get(AccountEndpoint.PATH);
        if (!cookie.isEmpty()) {
            request.header(HeaderNames.COOKIE, cookie);
        }
        return request.request();
    }

    private Http1ClientResponse post(String path, String cookie, Map<String, String> form) {
        Http1ClientRequest request = client.post(path).followRedirects(false)
                .header(HeaderNames.CONTENT_TYPE, "application/x-www-form-urlencoded")
                .header(HeaderNames.create("Sec-Fetch-Site"), "same-origin");
        if (!cookie.isEmpty()) {
            request.header(HeaderNames.COOKIE, cookie);
        }
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(name).append('=')
                .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return request.submit(body.toString());
    }

    private static String cookie(Http1ClientResponse response, String name) {
        return response.headers().values(HeaderNames.SET_COOKIE).stream()
                .filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';')))
                .findFirst().orElseThrow(() -> new AssertionError("no cookie " + name));
    }

    private static String csrfToken(String page) {
        Matcher matcher = Pattern.compile("name=\"csrf_token\" value=\"([^\"]+)\"").matcher(page);
        assertThat(matcher.find()).as("a csrf_token field").isTrue();
        return matcher.group(1);
    }

    /** The remembered-user cookie's value, as RememberedUserCookie writes it under {@link #KEY}. */
    private static String remembered(UserId user) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        String payload = encoder.encodeToString(user.value().getBytes(StandardCharsets.UTF_8));
        return payload + "." + encoder.encodeToString(CookieKeys.hmac(KEY, payload.getBytes(StandardCharsets.US_ASCII)));
    }
}
