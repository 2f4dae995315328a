package dev.notesmcp.adapter.github.fake;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static dev.notesmcp.adapter.github.fake.FakeGitHub.queryParameter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fake behaves like GitHub where our adapter and the end-to-end tests rely on it. */
class FakeGitHubTest {

    private static final String CALLBACK = "https://notes.example/oauth/github/callback";

    private final FakeGitHub github = FakeGitHub.start();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void stop() {
        github.close();
        http.close();
    }

    private URI authorizeUrl(String clientId, String redirectUri, String state) {
        return URI.create(github.webUrl() + "/login/oauth/authorize?client_id=" + encode(clientId)
                + "&redirect_uri=" + encode(redirectUri) + "&state=" + encode(state) + "&scope=read%3Auser");
    }

    private HttpResponse<String> exchange(String form, boolean json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(github.webUrl() + "/login/oauth/access_token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (json) {
            request.header("Accept", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String form(String code) {
        return "client_id=" + encode(github.clientId()) + "&client_secret=" + encode(github.clientSecret())
                + "&code=" + encode(code) + "&redirect_uri=" + encode(CALLBACK);
    }

    private HttpResponse<String> user(String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(github.apiUrl() + "/user")).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void authorizeRedirectsAtOnceWithACodeAndTheSameState() {
        URI back = github.authorize(authorizeUrl(github.clientId(), CALLBACK + "?keep=1", "s t&ate"));

        assertThat(back.toString()).startsWith(CALLBACK + "?keep=1&code=");
        assertThat(queryParameter(back, "state")).contains("s t&ate");
        assertThat(queryParameter(back, "code")).get().asString().hasSize(20);
    }

    @Test
    void authorizeRefusesAnUnknownClient() {
        assertThatThrownBy(() -> github.authorize(authorizeUrl("someone-else", CALLBACK, "s")))
                .hasMessageContaining("404");
    }

    @Test
    void aDeniedAuthorizationComesBackWithAccessDenied() {
        github.denyNextAuthorization();

        URI back = github.authorize(authorizeUrl(github.clientId(), CALLBACK, "s"));

        assertThat(queryParameter(back, "error")).contains("access_denied");
        assertThat(queryParameter(back, "state")).contains("s");
        assertThat(queryParameter(back, "code")).isEmpty();
        assertThat(queryParameter(github.authorize(authorizeUrl(github.clientId(), CALLBACK, "s")), "code")).isPresent();
    }

    @Test
    void exchangesACodeOnceForATokenThatOpensUser() throws Exception {
        github.signInAs(99, "hubot");
        String code = queryParameter(github.authorize(authorizeUrl(github.clientId(), CALLBACK, "s")), "code").orElseThrow();

        HttpResponse<String> first = exchange(form(code), true);
        HttpResponse<String> second = exchange(form(code), true);

        String token = github.issuedTokens().getFirst();
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).isEqualTo("{\"access_token\":\"" + token + "\",\"token_type\":\"bearer\",\"scope\":\"read:user\"}");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("\"error\":\"bad_verification_code\"");
        assertThat(user("Bearer " + token).body()).contains("\"login\":\"hubot\"", "\"id\":99");
        assertThat(user("token " + token).statusCode()).isEqualTo(200);
    }

    @Test
    void answersFormEncodedWithoutAcceptJsonAsGitHubDoes() throws Exception {
        HttpResponse<String> response = exchange(form(github.issueCode(URI.create(CALLBACK))), false);

        assertThat(response.body()).startsWith("access_token=gho_").endsWith("&token_type=bearer&scope=read%3Auser");
    }

    @Test
    void refusesWrongClientCredentialsWithAnHttp200ErrorReply() throws Exception {
        String code = github.issueCode(URI.create(CALLBACK));

        HttpResponse<String> response = exchange(form(code).replace(encode(github.clientSecret()), "wrong"), true);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"error\":\"incorrect_client_credentials\"");
        assertThat(exchange(form(code), true).body()).contains("access_token");
    }

    @Test
    void refusesAnotherRedirectUri() throws Exception {
        String code = github.issueCode(URI.create("https://other.example/cb"));

        assertThat(exchange(form(code), true).body()).contains("\"error\":\"redirect_uri_mismatch\"");
    }

    @Test
    void userNeedsATokenItIssued() throws Exception {
        assertThat(user(null).statusCode()).isEqualTo(401);
        assertThat(user("Bearer gho_made_up").statusCode()).isEqualTo(401);
        assertThat(user("Bearer gho_made_up").body()).contains("Bad credentials");
    }

    @Test
    void scriptedFailuresApplyToTheNextCallOnly() throws Exception {
        github.failNextTokenExchange("bad_verification_code");
        github.answerNextUserRequest(500, "{\"message\":\"boom\"}");

        assertThat(exchange(form(github.issueCode(URI.create(CALLBACK))), true).body()).contains("bad_verification_code");
        assertThat(exchange(form(github.issueCode(URI.create(CALLBACK))), true).body()).contains("access_token");
        assertThat(user(null).statusCode()).isEqualTo(500);
        assertThat(user(null).statusCode()).isEqualTo(401);
    }

    @Test
    void servesEnterpriseServersLayoutUnderAPrefix() throws Exception {
        try (FakeGitHub ghe = FakeGitHub.builder().pathPrefix("/ghe").clientId("id").clientSecret("secret").start()) {
            assertThat(ghe.webUrl().getPath()).isEqualTo("/ghe");
            assertThat(ghe.apiUrl().getPath()).isEqualTo("/ghe/api/v3");
            assertThat(http.send(HttpRequest.newBuilder(URI.create(ghe.apiUrl() + "/user")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
            assertThat(http.send(HttpRequest.newBuilder(URI.create(ghe.webUrl() + "/user")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void aStoppedFakeRefusesConnections() {
        github.stop();

        assertThatThrownBy(() -> user(null)).isInstanceOf(ConnectException.class);
    }
}
