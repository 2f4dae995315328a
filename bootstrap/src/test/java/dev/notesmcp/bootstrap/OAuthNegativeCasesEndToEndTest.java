package dev.notesmcp.bootstrap;

import dev.notesmcp.adapter.github.fake.FakeGitHub;
import dev.notesmcp.bootstrap.SignInFlow.ConsentPage;
import dev.notesmcp.bootstrap.SignInFlow.TokenPair;
import dev.notesmcp.domain.oauth.AuthorizationCode;
import dev.notesmcp.domain.oauth.PendingAuthorization;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static dev.notesmcp.bootstrap.OAuthAssertions.assertAcceptedOnMcp;
import static dev.notesmcp.bootstrap.OAuthAssertions.assertErrorPage;
import static dev.notesmcp.bootstrap.OAuthAssertions.assertInvalidClient;
import static dev.notesmcp.bootstrap.OAuthAssertions.assertOAuthError;
import static dev.notesmcp.bootstrap.OAuthAssertions.assertRedirectedWithError;
import static dev.notesmcp.bootstrap.OAuthAssertions.assertReturnPage;
import static dev.notesmcp.bootstrap.OAuthAssertions.assertRefusedOnMcp;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way the authorization flow can be misused, each with the exact answer it gets, over HTTP
 * against the real server: {@code /authorize}, the consent form, the upstream callback,
 * {@code /token}, and confidential clients. Nothing here ever redirects to a URI that was not
 * validated, and no error carries a token, code, verifier or secret.
 */
class OAuthNegativeCasesEndToEndTest {

    private static final String WEB_REDIRECT_URI = "https://app.example.com/cb";
    private static final String LOGIN_COOKIE = "notes_mcp_login";

    private static FakeGitHub gitHub;
    /** Only ever moves forward (expired codes, expired consent requests); every test starts its own flow. */
    private static TestClock clock;
    private static TestServer server;
    private static SignInFlow flow;
    /** A public native client with a loopback redirect URI (any port allowed, RFC 8252 §7.3). */
    private static OAuthClient client;
    /** A public web client with an https redirect URI (matched exactly). */
    private static OAuthClient webClient;

    @BeforeAll
    static void start() {
        gitHub = FakeGitHub.start();
        clock = new TestClock();
        server = TestServer.withGitHub(gitHub, clock);
        flow = SignInFlow.discover(server, SignInFlow.gitHub(gitHub));
        client = flow.register("loopback client");
        webClient = flow.register("web client", WEB_REDIRECT_URI, "none");
    }

    @AfterAll
    static void stop() {
        server.close();
        gitHub.close();
    }

    private static String newState() {
        return "state-" + UUID.randomUUID();
    }

    @Nested
    class Authorize {

        private HttpResponse<String> authorize(Map<String, String> parameters) {
            return new Browser().get(OAuthClient.authorizationUrl(flow.authorizationEndpoint, parameters));
        }

        private Map<String, String> soundRequest(OAuthClient of, String state) {
            return of.authorizationParameters(state, flow.resource);
        }

        @Test
        void anUnknownClientGetsAnErrorPageAndNoRedirect() {
            Map<String, String> parameters = soundRequest(client, newState());
            parameters.put("client_id", UUID.randomUUID().toString());

            assertErrorPage(authorize(parameters), "not registered with this server (unknown client_id)");
        }

        @Test
        void aMissingClientIdGetsAnErrorPage() {
            Map<String, String> parameters = soundRequest(client, newState());
            parameters.remove("client_id");

            assertErrorPage(authorize(parameters), "The request has no client_id.");
        }

        @Test
        void aMissingRedirectUriGetsAnErrorPage() {
            Map<String, String> parameters = soundRequest(client, newState());
            parameters.remove("redirect_uri");

            assertErrorPage(authorize(parameters), "The request has no redirect_uri.");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "https://evil.example/callback",
                "http://evil.example/callback",
                "http://127.0.0.1:33418/callback/../x",
                "http://127.0.0.1:33418/callback?x=1",
                "http://127.0.0.1:33418/callback?",
                "http://127.0.0.1:33418/callback/",
                "http://127.0.0.1:33418/Callback",
                "http://127.0.0.1:33418/%63allback",
                "http://127.0.0.1:33418/callback#x",
                "http://127.0.0.1:33418@evil.example/callback",
                "http://127.0.0.1.evil.example:33418/callback",
                "http://127.0.0.2:33418/callback",
                "http://localhost:33418/callback",
                "https://127.0.0.1:33418/callback",
                "http://127.0.0.1:99999/callback",
                "//evil.example/callback",
                "/callback",
                "javascript:alert(1)"})
        void anUnregisteredRedirectUriOfALoopbackClientGetsAnErrorPageNeverARedirect(String redirectUri) {
            Map<String, String> parameters = soundRequest(client, newState());
            parameters.put("redirect_uri", redirectUri);

            assertErrorPage(authorize(parameters), "The redirect_uri is not one registered for this application");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "https://app.example.com:8443/cb",
                "https://app.example.com:443/cb",
                "http://app.example.com/cb",
                "https://APP.example.com/cb",
                "https://app.example.com/cb/",
                "https://app.example.com/cb/../x",
                "https://app.example.com/cb?x=1",
                "https://app.example.com/cb#x",
                "https://app.example.com.evil.example/cb",
                "https://app.example.com@evil.example/cb",
                "https://evil.example/cb",
                "http://127.0.0.1:33418/callback"})
        void anUnregisteredRedirectUriOfAWebClientGetsAnErrorPageNeverARedirect(String redirectUri) {
            Map<String, String> parameters = soundRequest(webClient, newState());
            parameters.put("redirect_uri", redirectUri);

            assertErrorPage(authorize(parameters), "The redirect_uri is not one registered for this application");
        }

        @Test
        void aLoopbackRedirectUriMayUseAnyPortAndTheCodeGoesThere() {
            Map<String, String> parameters = soundRequest(client, newState());
            String otherPort = "http://127.0.0.1:50123/callback";
            parameters.put("redirect_uri", otherPort);
            Browser browser = new Browser();

            ConsentPage page = flow.openConsent(browser, client,
                    OAuthClient.authorizationUrl(flow.authorizationEndpoint, parameters), OAuthClient.ALL_SCOPES);
            URI callback = flow.upstream.signIn(browser, flow.approve(browser, page));
            HttpResponse<String> toClient = browser.get(callback);

            assertThat(Browser.location(toClient).toString()).startsWith(otherPort + "?code=");
        }

        @Test
        void aRepeatedParameterGetsAnErrorPage() {
            URI url = URI.create(client.authorizationUrl(flow.authorizationEndpoint, newState(), flow.resource)
                    + "&client_id=" + client.clientId);

            assertErrorPage(new Browser().get(url), "The request repeats a parameter: [client_id]");
        }

        @Test
        void plainPkceIsRefusedAtTheClient() {
            String state = newState();
            Map<String, String> parameters = soundRequest(client, state);
            parameters.put("code_challenge", client.verifier);
            parameters.put("code_challenge_method", "plain");

            // Shown on our own page: a registered redirect URI is not trusted for automatic redirects (RFC 9700 §4.11.2).
            assertErrorPage(authorize(parameters), "invalid_request: code_challenge_method: must be S256");
        }

        @Test
        void aChallengeWithoutItsMethodIsTakenAsPlainAndRefused() {
            String state = newState();
            Map<String, String> parameters = soundRequest(client, state);
            parameters.remove("code_challenge_method");

            assertErrorPage(authorize(parameters), "invalid_request");
        }

        @Test
        void aMissingCodeChallengeIsRefusedAtTheClient() {
            String state = newState();
            Map<String, String> parameters = soundRequest(client, state);
            parameters.remove("code_challenge");

            assertErrorPage(authorize(parameters), "invalid_request: code_challenge");
        }

        @Test
        void aMalformedCodeChallengeIsRefusedAtTheClient() {
            String state = newState();
            Map<String, String> parameters = soundRequest(client, state);
            parameters.put("code_challenge", "too-short");

            assertErrorPage(authorize(parameters), "invalid_request");
        }

        @Test
        void theImplicitFlowIsAnUnsupportedResponseType() {
            String state = newState();
            Map<String, String> parameters = soundRequest(client, state);
            parameters.put("response_type", "token");

            assertErrorPage(authorize(parameters), "unsupported_response_type");
        }

        @Test
        void anUnknownScopeIsInvalidScope() {
            String state = newState();
            Map<String, String> parameters = soundRequest(client, state);
            parameters.put("scope", "notes:read notes:admin");

            assertErrorPage(authorize(parameters), "invalid_scope");
        }

        @Test
        void anotherResourceIsInvalidTarget() {
            String state = newState();
            Map<String, String> parameters = soundRequest(client, state);
            parameters.put("resource", "https://elsewhere.example/mcp");

            assertErrorPage(authorize(parameters), "invalid_target");
        }

        @Test
        void anErrorNeverRedirectsEvenToARegisteredHttpsUri() {
            OAuthClient phisher = flow.register("phisher", "https://evil.example/phish", "none");
            Map<String, String> parameters = soundRequest(phisher, newState());
            parameters.put("response_type", "token");

            HttpResponse<String> response = authorize(parameters);

            assertErrorPage(response, "unsupported_response_type");
            assertThat(response.headers().firstValue("Location")).isEmpty();
        }
    }

    @Nested
    class Token {

        private Map<String, String> redemption(String code, OAuthClient of) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("grant_type", "authorization_code");
            form.put("code", code);
            form.put("redirect_uri", of.redirectUri);
            form.put("code_verifier", of.verifier);
            return form;
        }

        private HttpResponse<String> post(String body, Map<String, String> headers) {
            return RawHttp.post(flow.tokenEndpoint.toString(), body, headers);
        }

        private HttpResponse<String> postForm(String body) {
            return post(body, Map.of("Content-Type", "application/x-www-form-urlencoded"));
        }

        @Test
        void aMismatchedRedirectUriIsInvalidGrant() {
            String code = flow.code(client);
            Map<String, String> form = redemption(code, client);
            form.put("redirect_uri", "http://127.0.0.1:33418/other");

            assertOAuthError(client.token(flow.tokenEndpoint, form), "invalid_grant", code, client.verifier);
        }

        @Test
        void theRegisteredRedirectUriIsAMismatchWhenAuthorizeUsedAnotherLoopbackPort() {
            String state = newState();
            Map<String, String> parameters = client.authorizationParameters(state, flow.resource);
            parameters.put("redirect_uri", "http://127.0.0.1:50124/callback");
            Browser browser = new Browser();
            URI callback = flow.upstream.signIn(browser, flow.approve(browser, flow.openConsent(browser, client,
                    OAuthClient.authorizationUrl(flow.authorizationEndpoint, parameters), OAuthClient.ALL_SCOPES)));
            String code = OAuthClient.queryParameter(Browser.location(browser.get(callback)), "code");

            assertOAuthError(client.redeem(flow.tokenEndpoint, code), "invalid_grant", code);
        }

        @Test
        void aWrongVerifierIsInvalidGrant() {
            String code = flow.code(client);
            String wrongVerifier = OAuthClient.randomVerifier();
            Map<String, String> form = redemption(code, client);
            form.put("code_verifier", wrongVerifier);

            assertOAuthError(client.token(flow.tokenEndpoint, form), "invalid_grant", code, wrongVerifier,
                    client.verifier);
        }

        @Test
        void aMalformedVerifierIsInvalidRequest() {
            String code = flow.code(client);
            Map<String, String> form = redemption(code, client);
            form.put("code_verifier", "short");

            assertOAuthError(client.token(flow.tokenEndpoint, form), "invalid_request", code);
        }

        @Test
        void aReplayedCodeIsInvalidGrantAndRevokesWhatTheFirstRedemptionIssued() {
            String code = flow.code(client);
            TokenPair first = flow.redeem(client, code, OAuthClient.ALL_SCOPES);
            assertAcceptedOnMcp(server, first.accessToken());

            HttpResponse<String> replay = client.redeem(flow.tokenEndpoint, code);

            assertOAuthError(replay, "invalid_grant", code, client.verifier, first.accessToken(), first.refreshToken());
            assertRefusedOnMcp(server, first.accessToken());
            assertOAuthError(client.refresh(flow.tokenEndpoint, first.refreshToken()), "invalid_grant");
        }

        @Test
        void anExpiredCodeIsInvalidGrant() {
            String code = flow.code(client);

            clock.advance(AuthorizationCode.LIFETIME.plusMinutes(1));

            assertOAuthError(client.redeem(flow.tokenEndpoint, code), "invalid_grant", code, client.verifier);
        }

        @Test
        void aCodeFromAnotherClientIsInvalidGrantAndIsSpent() {
            OAuthClient thief = flow.register("code thief");
            String code = flow.code(client);

            // Everything right but the client: the victim's redirect URI and verifier too.
            HttpResponse<String> stolen = thief.token(flow.tokenEndpoint, redemption(code, client));

            assertOAuthError(stolen, "invalid_grant", code, client.verifier);
            assertOAuthError(client.redeem(flow.tokenEndpoint, code), "invalid_grant", code);
        }

        @Test
        void anUnknownCodeIsInvalidGrant() {
            String code = "never-issued-" + UUID.randomUUID();

            assertOAuthError(client.redeem(flow.tokenEndpoint, code), "invalid_grant", code);
        }

        @Test
        void anUnknownClientIsInvalidClientWithABasicChallenge() {
            String code = flow.code(client);
            Map<String, String> form = redemption(code, client);
            form.put("client_id", UUID.randomUUID().toString());

            assertInvalidClient(postForm(Browser.form(form)), code, client.verifier);
        }

        @Test
        void anUnknownClientAuthenticatingWithBasicIsInvalidClient() {
            String secret = "made-up-secret-0123456789";
            String basic = Base64.getEncoder().encodeToString(("nobody:" + secret).getBytes(StandardCharsets.UTF_8));

            HttpResponse<String> response = post(Browser.form(redemption("some-code", client)), Map.of(
                    "Content-Type", "application/x-www-form-urlencoded", "Authorization", "Basic " + basic));

            assertInvalidClient(response, secret);
        }

        @Test
        void noClientAtAllIsInvalidClient() {
            assertInvalidClient(postForm(Browser.form(redemption("some-code", client))));
        }

        @Test
        void aMissingGrantTypeIsInvalidRequest() {
            Map<String, String> form = redemption("some-code", client);
            form.remove("grant_type");
            form.put("client_id", client.clientId);

            assertOAuthError(postForm(Browser.form(form)), "invalid_request", "some-code");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"password", "client_credentials", "implicit", "token",
                "urn:ietf:params:oauth:grant-type:device_code", "urn:ietf:params:oauth:grant-type:jwt-bearer"})
        void anotherGrantTypeIsUnsupported(String grantType) {
            assertOAuthError(client.token(flow.tokenEndpoint, Map.of("grant_type", grantType,
                    "username", "alice", "password", "hunter2-secret")), "unsupported_grant_type", "hunter2-secret");
        }

        @Test
        void aRepeatedParameterIsInvalidRequest() {
            String code = flow.code(client);
            String body = Browser.form(redemption(code, client)) + "&client_id=" + client.clientId
                    + "&code=" + OAuthClient.encode(code);

            assertOAuthError(postForm(body), "invalid_request", code, client.verifier);
            // Refused before anything was looked at: the code is still good.
            flow.redeem(client, code, OAuthClient.ALL_SCOPES);
        }

        @Test
        void aMissingVerifierIsInvalidRequest() {
            String code = flow.code(client);
            Map<String, String> form = redemption(code, client);
            form.remove("code_verifier");

            assertOAuthError(client.token(flow.tokenEndpoint, form), "invalid_request", code);
        }

        @Test
        void anotherResourceIsInvalidTarget() {
            String code = flow.code(client);
            Map<String, String> form = redemption(code, client);
            form.put("resource", "https://elsewhere.example/mcp");

            assertOAuthError(client.token(flow.tokenEndpoint, form), "invalid_target", code, client.verifier);
        }

        @Test
        void aBodyThatIsNotAFormIsInvalidRequest() {
            String code = flow.code(client);
            String json = "{\"grant_type\":\"authorization_code\",\"code\":\"" + code + "\",\"client_id\":\""
                    + client.clientId + "\"}";

            assertOAuthError(post(json, Map.of("Content-Type", "application/json")), "invalid_request", code);
        }
    }

    @Nested
    class Consent {

        private ConsentPage consentPage(Browser browser, String state) {
            return flow.openConsent(browser, client, flow.authorizationUrl(client, state, OAuthClient.ALL_SCOPES),
                    OAuthClient.ALL_SCOPES);
        }

        @Test
        void aDecisionWithoutTheCsrfTokenGetsAnErrorPage() {
            Browser browser = new Browser();
            ConsentPage page = consentPage(browser, newState());

            HttpResponse<String> response = browser.postForm(page.action(),
                    Map.of("request_id", page.requestId(), "decision", "approve"));

            assertErrorPage(response, "The consent form is incomplete.");
        }

        @Test
        void aDecisionWithAWrongCsrfTokenGetsAnErrorPageAndEndsTheRequest() {
            Browser browser = new Browser();
            ConsentPage page = consentPage(browser, newState());

            HttpResponse<String> forged = browser.postForm(page.action(), Map.of("request_id", page.requestId(),
                    "csrf_token", "forged-" + page.csrfToken(), "decision", "approve"));

            assertErrorPage(forged, "The consent form could not be verified.", page.csrfToken());
            // One guess only: the genuine form is no good afterwards either.
            assertErrorPage(flow.decide(browser, page, "approve"), "expired or was already answered");
        }

        @Test
        void aReplayedDecisionGetsAnErrorPage() {
            Browser browser = new Browser();
            ConsentPage page = consentPage(browser, newState());
            flow.approve(browser, page);

            assertErrorPage(flow.decide(browser, page, "approve"), "expired or was already answered");
            assertErrorPage(flow.decide(browser, page, "deny"), "expired or was already answered");
        }

        @Test
        void aDecisionForAnUnknownRequestGetsAnErrorPage() {
            Browser browser = new Browser();
            ConsentPage page = consentPage(browser, newState());

            HttpResponse<String> response = browser.postForm(page.action(), Map.of("request_id",
                    UUID.randomUUID().toString(), "csrf_token", page.csrfToken(), "decision", "approve"));

            assertErrorPage(response, "expired or was already answered");
        }

        @Test
        void aDecisionAfterTheRequestExpiredGetsAnErrorPage() {
            Browser browser = new Browser();
            ConsentPage page = consentPage(browser, newState());

            clock.advance(PendingAuthorization.LIFETIME.plusMinutes(1));

            assertErrorPage(flow.decide(browser, page, "approve"), "expired or was already answered");
        }

        @Test
        void anUnknownDecisionGetsAnErrorPage() {
            Browser browser = new Browser();
            ConsentPage page = consentPage(browser, newState());

            assertErrorPage(flow.decide(browser, page, "maybe"), "The consent form is incomplete.");
        }

        @Test
        void denyingSendsAccessDeniedToTheClient() {
            Browser browser = new Browser();
            String state = newState();
            ConsentPage page = consentPage(browser, state);

            HttpResponse<String> response = flow.decide(browser, page, "deny");

            assertRedirectedWithError(response, client, "access_denied", state, flow.issuer);
            // No sign-in starts: only the consent cookie is cleared (an expiry in the past deletes it).
            assertThat(response.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.contains("login"))
                    .anyMatch(cookie -> cookie.contains("consent") && cookie.contains("1970"));
        }

        @Test
        void aConsentFormForgedFromAnotherBrowserGetsAnErrorPage() {
            // The attacker opens a consent page in their own browser and makes the victim's browser post it.
            ConsentPage attackersPage = consentPage(new Browser(), newState());
            Browser victim = new Browser();

            HttpResponse<String> forged = flow.decide(victim, attackersPage, "approve");

            assertErrorPage(forged, "The consent form could not be verified.", attackersPage.csrfToken());
            assertThat(forged.headers().firstValue("Location")).isEmpty();
        }

        @Test
        void aDecisionPostedFromAnotherSiteIsRefusedByItsFetchMetadata() {
            Browser browser = new Browser();
            ConsentPage page = consentPage(browser, newState());

            HttpResponse<String> crossSite = browser.postForm(page.action(), page.fields("approve"),
                    Map.of("Sec-Fetch-Site", "cross-site"));

            assertThat(crossSite.statusCode()).isEqualTo(403);
            assertThat(crossSite.headers().firstValue("Location")).isEmpty();
        }
    }

    @Nested
    class Callback {

        private static final String NOT_THIS_BROWSER = "This sign-in was not started in this browser.";
        private static final String ALREADY_USED = "This sign-in has expired or was already completed.";

        private URI callbackPath() {
            return URI.create(flow.issuer + "/oauth/github/callback");
        }

        @Test
        void aReplayedCallbackGetsAnErrorPage() {
            Browser browser = new Browser();
            String state = newState();
            URI callback = flow.upstreamCallback(browser, client, state, OAuthClient.ALL_SCOPES);
            String loginState = browser.cookie(LOGIN_COOKIE).orElseThrow();
            flow.returnToClient(browser, callback, client, state);

            // The same browser: its login cookie was cleared by the first visit.
            assertErrorPage(browser.get(callback), NOT_THIS_BROWSER);
            // Someone who kept the cookie: the state itself is spent.
            assertErrorPage(RawHttp.get(callback.toString(), Map.of("Cookie", LOGIN_COOKIE + "=" + loginState)),
                    ALREADY_USED);
        }

        @Test
        void anUnknownStateGetsAnErrorPage() {
            String forged = "forged-state-" + UUID.randomUUID();
            URI callback = URI.create(callbackPath() + "?code=abc&state=" + forged);

            assertErrorPage(RawHttp.get(callback.toString(), Map.of("Cookie", LOGIN_COOKIE + "=" + forged)),
                    ALREADY_USED);
            assertErrorPage(RawHttp.get(callback.toString()), NOT_THIS_BROWSER);
        }

        @Test
        void aMissingStateGetsAnErrorPage() {
            assertErrorPage(RawHttp.get(callbackPath() + "?code=abc"), "The sign-in came back without its state.");
        }

        @Test
        void anotherBrowserGetsAnErrorPageAndCannotSpendTheSignIn() {
            Browser victim = new Browser();
            String state = newState();
            URI callback = flow.upstreamCallback(victim, client, state, OAuthClient.ALL_SCOPES);

            assertErrorPage(new Browser().get(callback), NOT_THIS_BROWSER);

            flow.returnToClient(victim, callback, client, state);
        }

        @Test
        void gitHubRefusingTheCodeGetsAClearPageWhoseLinkTellsTheClientServerError() {
            Browser browser = new Browser();
            String state = newState();
            URI callback = flow.upstreamCallback(browser, client, state, OAuthClient.ALL_SCOPES);
            gitHub.failNextTokenExchange("bad_verification_code");

            assertReturnPage(browser.get(callback), 502, "GitHub did not accept the sign-in code", client,
                    "server_error", state, flow.issuer, gitHub.clientSecret());
        }

        @Test
        void gitHubFailingToSayWhoSignedInGetsAClearPage() {
            Browser browser = new Browser();
            String state = newState();
            URI callback = flow.upstreamCallback(browser, client, state, OAuthClient.ALL_SCOPES);
            gitHub.answerNextUserRequest(500, "{\"message\":\"Server Error\"}");

            HttpResponse<String> response = browser.get(callback);

            assertReturnPage(response, 502, "GitHub is having trouble right now", client, "server_error", state,
                    flow.issuer, gitHub.clientSecret());
            for (String gitHubToken : gitHub.issuedTokens()) {
                assertThat(response.body()).doesNotContain(gitHubToken);
            }
        }

        @Test
        void theUserDenyingAtGitHubSendsAccessDeniedToTheClient() {
            Browser browser = new Browser();
            String state = newState();
            URI login = flow.startLogin(browser, client, state, OAuthClient.ALL_SCOPES);
            gitHub.denyNextAuthorization();
            URI callback = Browser.location(browser.get(login));

            assertRedirectedWithError(browser.get(callback), client, "access_denied", state, flow.issuer);
        }

        @Test
        void gitHubUnreachableGetsAClearPage() {
            FakeGitHub doomed = FakeGitHub.start();
            try (TestServer other = TestServer.withGitHub(doomed)) {
                SignInFlow otherFlow = SignInFlow.discover(other, SignInFlow.gitHub(doomed));
                OAuthClient otherClient = otherFlow.register("client of a server whose GitHub goes away");
                Browser browser = new Browser();
                String state = newState();
                URI callback = otherFlow.upstreamCallback(browser, otherClient, state, OAuthClient.ALL_SCOPES);

                doomed.stop();

                assertReturnPage(browser.get(callback), 502, "GitHub could not be reached; try again.", otherClient,
                        "server_error", state, otherFlow.issuer, doomed.clientSecret());
            } finally {
                doomed.close();
            }
        }
    }

    @Nested
    class ConfidentialClients {

        @Test
        void aClientSecretBasicClientAuthenticatesWithBasicAndAWrongSecretIsInvalidClient() {
            OAuthClient confidential = flow.register("confidential basic client", OAuthClient.REDIRECT_URI,
                    "client_secret_basic");
            assertThat(confidential.clientSecret).isPresent();
            String wrongSecret = "wrong-" + confidential.clientSecret.get();

            String code = flow.code(confidential);
            assertInvalidClient(confidential.withSecret(wrongSecret).redeem(flow.tokenEndpoint, code), code,
                    wrongSecret, confidential.clientSecret.get(), confidential.verifier);
            // A failed client authentication does not spend the code.
            TokenPair tokens = flow.redeem(confidential, code, OAuthClient.ALL_SCOPES);
            assertAcceptedOnMcp(server, tokens.accessToken());

            assertInvalidClient(confidential.withSecret(wrongSecret).refresh(flow.tokenEndpoint, tokens.refreshToken()),
                    tokens.refreshToken(), wrongSecret);
            assertInvalidClient(confidential.withSecret(wrongSecret).revoke(flow.revocationEndpoint, tokens.accessToken()));
            assertAcceptedOnMcp(server, tokens.accessToken());
            TokenPair.issued(confidential.refresh(flow.tokenEndpoint, tokens.refreshToken()), OAuthClient.ALL_SCOPES);
        }

        @Test
        void aConfidentialClientWithoutItsSecretIsInvalidClient() {
            OAuthClient confidential = flow.register("secretless attempt", OAuthClient.REDIRECT_URI,
                    "client_secret_basic");
            String code = flow.code(confidential);

            assertInvalidClient(RawHttp.post(flow.tokenEndpoint.toString(), Browser.form(Map.of(
                    "grant_type", "authorization_code", "code", code, "redirect_uri", confidential.redirectUri,
                    "code_verifier", confidential.verifier, "client_id", confidential.clientId)),
                    Map.of("Content-Type", "application/x-www-form-urlencoded")), code);
        }

        @Test
        void aConfidentialClientMustUseTheMethodItRegistered() {
            OAuthClient basic = flow.register("basic only", OAuthClient.REDIRECT_URI, "client_secret_basic");
            String code = flow.code(basic);
            String secret = basic.clientSecret.orElseThrow();

            assertInvalidClient(RawHttp.post(flow.tokenEndpoint.toString(), Browser.form(Map.of(
                    "grant_type", "authorization_code", "code", code, "redirect_uri", basic.redirectUri,
                    "code_verifier", basic.verifier, "client_id", basic.clientId, "client_secret", secret)),
                    Map.of("Content-Type", "application/x-www-form-urlencoded")), code, secret);
        }

        @Test
        void twoAuthenticationMethodsAtOnceAreInvalidRequest() {
            OAuthClient basic = flow.register("belt and braces", OAuthClient.REDIRECT_URI, "client_secret_basic");
            String secret = basic.clientSecret.orElseThrow();

            assertOAuthError(basic.token(flow.tokenEndpoint, Map.of("grant_type", "authorization_code",
                    "code", "some-code", "redirect_uri", basic.redirectUri, "code_verifier", basic.verifier,
                    "client_secret", secret)), "invalid_request", secret);
        }

        @Test
        void aClientSecretPostClientAuthenticatesInTheBodyAndAWrongSecretIsInvalidClient() {
            OAuthClient confidential = flow.register("confidential post client", OAuthClient.REDIRECT_URI,
                    "client_secret_post");
            String wrongSecret = "wrong-" + confidential.clientSecret.orElseThrow();
            String code = flow.code(confidential);

            assertInvalidClient(confidential.withSecret(wrongSecret).redeem(flow.tokenEndpoint, code), code, wrongSecret,
                    confidential.clientSecret.get());
            assertAcceptedOnMcp(server, flow.redeem(confidential, code, OAuthClient.ALL_SCOPES).accessToken());
        }
    }
}
