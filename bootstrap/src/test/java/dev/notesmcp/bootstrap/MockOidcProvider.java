package dev.notesmcp.bootstrap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real OpenID Connect provider on a free loopback port: NAV's mock-oauth2-server, one issuer per
 * path ({@code /google}, {@code /gitlab/acme} — a self-managed GitLab under a path prefix —,
 * {@code /realms/notes}). Its sign-in page is a form: whoever types a user name is signed in with
 * that name as {@code sub} (so the same login is the same person every time) and the claims typed
 * beside it, which land in the ID token and in the userinfo answer.
 */
final class MockOidcProvider implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockOAuth2Server server;

    private MockOidcProvider(MockOAuth2Server server) {
        this.server = server;
    }

    static MockOidcProvider start() {
        // The login form (interactiveLogin), no canned token callbacks, refresh tokens not rotated (unused).
        MockOAuth2Server server = new MockOAuth2Server(
                new OAuth2Config(true, null, null, false, new OAuth2TokenProvider(), Set.of()));
        server.start();
        return new MockOidcProvider(server);
    }

    /** The issuer named {@code id}, e.g. {@code http://localhost:PORT/gitlab/acme}. */
    URI issuer(String id) {
        return URI.create(server.issuerUrl(id).toString());
    }

    /**
     * The upstream sign-in at issuer {@code id} as a person does it: the provider's sign-in page,
     * their user name (their {@code sub}) and claims typed in, and the provider's redirect back to
     * our callback.
     */
    SignInFlow.Upstream signIn(String id, String subject, Map<String, Object> claims) {
        return (browser, loginUrl) -> {
            assertThat(loginUrl.toString()).startsWith(issuer(id) + "/authorize?");
            HttpResponse<String> page = browser.get(loginUrl);
            assertThat(page.statusCode()).as("the provider's sign-in page").isEqualTo(200);
            assertThat(page.body()).contains("name=\"username\"");
            HttpResponse<String> back = browser.postForm(loginUrl, Map.of("username", subject, "claims", json(claims)));
            assertThat(back.statusCode()).as("the provider's answer to the sign-in: " + back.body()).isEqualTo(302);
            return Browser.location(back);
        };
    }

    private static String json(Map<String, Object> claims) {
        try {
            return JSON.writeValueAsString(claims);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
