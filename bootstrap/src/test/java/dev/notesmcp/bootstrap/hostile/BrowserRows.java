package dev.notesmcp.bootstrap.hostile;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import static dev.notesmcp.bootstrap.hostile.Expect.browserRefusal;
import static dev.notesmcp.bootstrap.hostile.Expect.errorPage;
import static dev.notesmcp.bootstrap.hostile.Fixture.REDIRECT_URI;
import static dev.notesmcp.bootstrap.hostile.Fixture.encode;
import static dev.notesmcp.bootstrap.hostile.Fixture.form;
import static dev.notesmcp.bootstrap.hostile.Fixture.request;
import static dev.notesmcp.bootstrap.hostile.HostileRow.browser;

/**
 * The routes a person's browser visits: {@code /authorize} (RFC 6749 §4.1.2.1: no redirect unless
 * client and redirect URI are sound), the consent form, our upstream callback and the dev login.
 */
final class BrowserRows {

    private static final String A = "/authorize";
    private static final String C = "/authorize/consent";

    private BrowserRows() {
    }

    static Stream<HostileRow> rows() {
        return Stream.of(authorize(), consent(), callbackAndDevLogin(), account()).flatMap(s -> s);
    }

    private static Stream<HostileRow> authorize() {
        return Stream.of(
                browser(A, "no parameters", errorPage(400), f -> request("GET", A, new byte[0])),
                browser(A, "no client_id", errorPage(400), authorize(q -> q.remove("client_id"))),
                browser(A, "unknown client_id", errorPage(400), authorize(q -> q.put("client_id", "no-such-client"))),
                browser(A, "client_id repeated", errorPage(400), f -> get(A + "?" + encode(f.authorizeParameters())
                        + "&client_id=" + f.confidentialClientId)),
                browser(A, "redirect_uri repeated", errorPage(400), f -> get(A + "?" + encode(f.authorizeParameters())
                        + "&redirect_uri=" + encode(Map.of("x", "https://evil.example/cb")).substring(2))),
                browser(A, "foreign redirect_uri", errorPage(400), authorize(q -> q.put("redirect_uri", "https://evil.example/cb"))),
                browser(A, "%zz in the query", errorPage(400), f -> get(A + "?" + encode(f.authorizeParameters()) + "&x=%zz")),
                browser(A, "invalid UTF-8 in client_id", errorPage(400), f -> get(A + "?client_id=%ff%fe&redirect_uri="
                        + encode(Map.of("x", REDIRECT_URI)).substring(2))),
                browser(A, "state repeated", browserRefusal(REDIRECT_URI, "invalid_request"),
                        f -> get(A + "?" + encode(f.authorizeParameters()) + "&state=second")),
                browser(A, "lone surrogate (CESU) in state", browserRefusal(REDIRECT_URI, "invalid_request"),
                        authorize(q -> q.remove("state")).andThen(r -> get(r.target() + "&state=%ED%A0%80"))),
                browser(A, "response_type token", browserRefusal(REDIRECT_URI, "unsupported_response_type"),
                        authorize(q -> q.put("response_type", "token"))),
                browser(A, "PKCE plain", browserRefusal(REDIRECT_URI, "invalid_request"),
                        authorize(q -> q.put("code_challenge_method", "plain"))),
                browser(A, "no code_challenge", browserRefusal(REDIRECT_URI, "invalid_request"),
                        authorize(q -> q.remove("code_challenge"))),
                browser(A, "code_challenge too short", browserRefusal(REDIRECT_URI, "invalid_request"),
                        authorize(q -> q.put("code_challenge", "abc"))),
                browser(A, "code_challenge with foreign characters", browserRefusal(REDIRECT_URI, "invalid_request"),
                        authorize(q -> q.put("code_challenge", "<script>".repeat(6)))),
                browser(A, "resource of another server", browserRefusal(REDIRECT_URI, "invalid_target"),
                        authorize(q -> q.put("resource", "https://evil.example/mcp"))),
                browser(A, "unknown scope", browserRefusal(REDIRECT_URI, "invalid_scope"),
                        authorize(q -> q.put("scope", "admin"))));
    }

    private static Stream<HostileRow> consent() {
        return Stream.of(
                browser(C, "no csrf_token", errorPage(400, 403), f -> consentPost(f, page -> Map.of(
                        "request_id", page.requestId(), "decision", "approve"), page -> page.cookie())),
                browser(C, "wrong csrf_token", errorPage(400, 403), f -> consentPost(f, page -> Map.of(
                        "request_id", page.requestId(), "csrf_token", OAuthRows.PLANTED_SECRET, "decision", "approve"),
                        page -> page.cookie())),
                browser(C, "no consent cookie", errorPage(400, 403), f -> consentPost(f, page -> Map.of(
                        "request_id", page.requestId(), "csrf_token", page.csrfToken(), "decision", "approve"), page -> "")),
                browser(C, "decision repeated", errorPage(400), f -> {
                    Fixture.ConsentPage page = f.openConsent();
                    return request("POST", C, "request_id=" + page.requestId() + "&csrf_token=" + page.csrfToken()
                                    + "&decision=deny&decision=approve", "Content-Type", "application/x-www-form-urlencoded",
                            "Cookie", page.cookie());
                }),
                browser(C, "foreign Origin without Sec-Fetch-Site", errorPage(400, 403), f -> McpRows.withHeader(
                        soundConsent(f), "Origin", "https://evil.example")),
                browser(C, "Sec-Fetch-Site cross-site", errorPage(400, 403), f -> McpRows.withHeader(
                        soundConsent(f), "Sec-Fetch-Site", "cross-site")),
                browser(C, "unknown request_id", errorPage(400), f -> form(C, Map.of("request_id", "no-such-request",
                        "csrf_token", OAuthRows.PLANTED_SECRET, "decision", "approve"))));
    }

    private static Stream<HostileRow> callbackAndDevLogin() {
        String callback = "/oauth/dev/callback";
        String login = "/oauth/dev/login";
        return Stream.of(
                browser(callback, "no state", errorPage(400), f -> get(callback + "?code=x")),
                browser(callback, "unknown state", errorPage(400), f -> get(callback + "?code=x&state=" + OAuthRows.PLANTED_SECRET)),
                browser(callback, "state repeated", errorPage(400), f -> get(callback + "?code=x&state=a&state=b")),
                browser(callback, "%zz in the query", errorPage(400), f -> get(callback + "?code=%zz&state=%zz")),
                browser(login, "no state", errorPage(400), f -> get(login)),
                browser(login, "sign-in without state", errorPage(400), f -> form(login, Map.of("username", "mallory"))),
                browser(login, "user name with a lone surrogate", errorPage(400),
                        f -> request("POST", login, "state=s&username=%ED%A0%80", "Content-Type", "application/x-www-form-urlencoded")),
                browser(login, "user name with markup", errorPage(400),
                        f -> form(login, Map.of("state", "s", "username", "<script>alert(1)</script>"))));
    }

    /** The connected-apps page's forms without a signed-in user, or from elsewhere: refused, nothing changed. */
    private static Stream<HostileRow> account() {
        String revoke = "/account/revoke";
        String signIn = "/account/sign-in";
        Map<String, String> revokeForm = Map.of("client_id", "some-client", "csrf_token", OAuthRows.PLANTED_SECRET);
        return Stream.of(
                browser("/account", "%zz in the query", errorPage(400), f -> get("/account?revoked=%zz")),
                browser(revoke, "not signed in", errorPage(403), f -> form(revoke, revokeForm)),
                browser(revoke, "forged remembered-user cookie", errorPage(403), f -> form(revoke, revokeForm,
                        "Cookie", "notes_mcp_user=ZGV2OmFkYQ." + OAuthRows.PLANTED_SECRET)),
                browser(revoke, "Sec-Fetch-Site cross-site", errorPage(403), f -> McpRows.withHeader(
                        form(revoke, revokeForm), "Sec-Fetch-Site", "cross-site")),
                browser("/account/sign-out", "not signed in", errorPage(403), f -> form("/account/sign-out",
                        Map.of("csrf_token", OAuthRows.PLANTED_SECRET))),
                browser(signIn, "unknown provider", errorPage(400), f -> form(signIn, Map.of("provider", "<evil>"))),
                browser(signIn, "no provider", errorPage(400), f -> form(signIn, Map.of("x", "y"))),
                browser(signIn, "foreign Origin without Sec-Fetch-Site", errorPage(403), f -> McpRows.withHeader(
                        form(signIn, Map.of("provider", "dev")), "Origin", "https://evil.example")));
    }

    private static Function<Fixture, RawExchange.Request> authorize(Consumer<Map<String, String>> change) {
        return f -> {
            Map<String, String> query = f.authorizeParameters();
            change.accept(query);
            return get(A + "?" + encode(query));
        };
    }

    private static RawExchange.Request get(String target) {
        return request("GET", target, new byte[0]);
    }

    private static RawExchange.Request soundConsent(Fixture f) {
        return consentPost(f, page -> Map.of("request_id", page.requestId(), "csrf_token", page.csrfToken(),
                "decision", "approve"), Fixture.ConsentPage::cookie);
    }

    private static RawExchange.Request consentPost(Fixture f, Function<Fixture.ConsentPage, Map<String, String>> fields,
                                                   Function<Fixture.ConsentPage, String> cookie) {
        Fixture.ConsentPage page = f.openConsent();
        String sent = cookie.apply(page);
        return sent.isEmpty() ? form(C, fields.apply(page)) : form(C, fields.apply(page), "Cookie", sent);
    }
}
