package dev.notesmcp.bootstrap;

import java.net.URI;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** What the OAuth endpoints promise when they refuse something, checked the same way everywhere. */
final class OAuthAssertions {

    private OAuthAssertions() {
    }

    /**
     * An RFC 6749 §5.2 error: the status, a JSON body with {@code error} and a non-empty
     * {@code error_description}, {@code Cache-Control: no-store}, and none of {@code neverShown}
     * (tokens, codes, verifiers, secrets the request carried) anywhere in the answer.
     */
    static void assertOAuthError(HttpResponse<String> response, int status, String error, String... neverShown) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(OAuthClient.jsonString(response.body(), "error")).as(response.body()).isEqualTo(error);
        assertThat(OAuthClient.jsonString(response.body(), "error_description")).isNotBlank();
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertNothingLeaks(response, neverShown);
    }

    /** {@link #assertOAuthError} for a 400. */
    static void assertOAuthError(HttpResponse<String> response, String error, String... neverShown) {
        assertOAuthError(response, 400, error, neverShown);
    }

    /** 401 {@code invalid_client}, naming the Basic scheme (RFC 6749 §5.2). */
    static void assertInvalidClient(HttpResponse<String> response, String... neverShown) {
        assertOAuthError(response, 401, "invalid_client", neverShown);
        assertThat(response.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Basic");
    }

    /** Our HTML error page: 400, no redirect anywhere, framing forbidden, never cached, saying {@code text}. */
    static void assertErrorPage(HttpResponse<String> response, String text, String... neverShown) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.body()).contains("Sign-in problem").contains(HtmlText.escape(text));
        assertNothingLeaks(response, neverShown);
    }

    /**
     * A sign-in that ended without a user: our HTML page (status {@code status}, no redirect,
     * framing forbidden, never cached) saying {@code text}, whose one link returns to the client's
     * redirect URI with {@code error}, the client's {@code state} and our {@code iss}; the link is
     * returned for the test to follow.
     */
    static URI assertReturnPage(HttpResponse<String> response, int status, String text, OAuthClient client,
                                String error, String state, String issuer, String... neverShown) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.body()).contains("Sign-in problem").contains(HtmlText.escape(text))
                .contains("Return to the application");
        assertNothingLeaks(response, neverShown);
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("<a href=\"([^\"]*)\">Return to the application")
                .matcher(response.body());
        assertThat(link.find()).as(response.body()).isTrue();
        URI location = URI.create(link.group(1).replace("&amp;", "&"));
        assertThat(location.toString()).startsWith(client.redirectUri + "?");
        assertThat(OAuthClient.queryParameter(location, "error")).isEqualTo(error);
        assertThat(OAuthClient.queryParameter(location, "error_description")).isNotBlank();
        assertThat(OAuthClient.queryParameter(location, "state")).isEqualTo(state);
        assertThat(OAuthClient.queryParameter(location, "iss")).isEqualTo(issuer);
        assertThat(OAuthClient.optionalQueryParameter(location, "code")).isEmpty();
        return location;
    }

    /**
     * An error sent back to the client's redirect URI (RFC 6749 §4.1.2.1): {@code error},
     * {@code error_description}, the client's {@code state}, our {@code iss} (RFC 9207) and no code.
     */
    static URI assertRedirectedWithError(HttpResponse<String> response, OAuthClient client, String error,
                                         String state, String issuer) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        URI location = Browser.location(response);
        assertThat(location.toString()).startsWith(client.redirectUri + "?");
        assertThat(OAuthClient.queryParameter(location, "error")).isEqualTo(error);
        assertThat(OAuthClient.queryParameter(location, "error_description")).isNotBlank();
        assertThat(OAuthClient.queryParameter(location, "state")).isEqualTo(state);
        assertThat(OAuthClient.queryParameter(location, "iss")).isEqualTo(issuer);
        assertThat(OAuthClient.optionalQueryParameter(location, "code")).isEmpty();
        return location;
    }

    /** The resource server refuses the token: 401 with {@code error="invalid_token"}. */
    static void assertRefusedOnMcp(TestServer server, String accessToken) {
        HttpResponse<String> response = RawHttp.postMcp(server, accessToken, RawHttp.INITIALIZE);
        assertThat(response.statusCode()).as("/mcp with a token that must be refused").isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).get().asString()
                .startsWith("Bearer error=\"invalid_token\"");
    }

    /** The resource server accepts the token. */
    static void assertAcceptedOnMcp(TestServer server, String accessToken) {
        HttpResponse<String> response = RawHttp.postMcp(server, accessToken, RawHttp.INITIALIZE);
        assertThat(response.statusCode()).as("/mcp with a token that must work: " + response.body()).isEqualTo(200);
    }

    private static void assertNothingLeaks(HttpResponse<String> response, String... neverShown) {
        for (String secret : neverShown) {
            assertThat(response.body()).doesNotContain(secret);
            response.headers().map().values().forEach(values -> assertThat(values).noneMatch(v -> v.contains(secret)));
        }
    }

    /** The escaping our pages use, so expected texts can be written plainly. */
    private static final class HtmlText {
        static String escape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                    .replace("'", "&#39;");
        }
    }
}
