package dev.notesmcp.adapter.github;

import dev.notesmcp.adapter.github.fake.FakeGitHub;
import dev.notesmcp.domain.identity.UpstreamSignIn;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider.Failed;
import dev.notesmcp.application.port.out.UpstreamIdentityProvider.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Everything that can go wrong between us and GitHub ends as a {@code Failed} with words for the
 * user, and neither that message nor the log ever holds the client secret, the code or the token.
 */
class GitHubSignInFailuresTest {

    private static final URI CALLBACK = URI.create("https://notes.example/oauth/github/callback");
    private static final UpstreamSignIn SIGN_IN = UpstreamSignIn.start("github");
    private static final String USER = "{\"login\":\"octocat\",\"id\":583231}";

    private final FakeGitHub github = FakeGitHub.start();
    private final CapturedLog log = new CapturedLog();

    @AfterEach
    void stop() {
        log.close();
        github.close();
    }

    private GitHubIdentityProvider provider(Duration readTimeout) {
        return new GitHubIdentityProvider(GitHubProviderSettings.of(github.clientId(), github.clientSecret(),
                github.webUrl(), github.apiUrl()).withTimeouts(Duration.ofSeconds(5), readTimeout));
    }

    static Stream<Arguments> failures() {
        String huge = "{\"login\":\"octocat\",\"id\":583231,\"bio\":\"" + "x".repeat(GitHubHttp.MAX_ANSWER_BYTES) + "\"}";
        return Stream.of(
                failure("bad code (HTTP 200 error reply)", g -> g.failNextTokenExchange("bad_verification_code"), Messages.CODE_REFUSED),
                failure("wrong client credentials", g -> g.failNextTokenExchange("incorrect_client_credentials"), Messages.CREDENTIALS_REFUSED),
                failure("callback mismatch", g -> g.failNextTokenExchange("redirect_uri_mismatch"), Messages.CALLBACK_REFUSED),
                failure("an error we do not know", g -> g.failNextTokenExchange("unverified_user_email"),
                        Messages.refused("unverified_user_email")),
                failure("an error code that is not a code", g -> g.answerNextTokenExchange(200,
                        "{\"error\":\"<script>" + g.clientSecret() + "</script>\"}"), Messages.refused("unrecognised error")),
                failure("error that is not a string", g -> g.answerNextTokenExchange(200, "{\"error\":{\"x\":1}}"),
                        Messages.refused("unrecognised error")),
                failure("token endpoint 500", g -> g.answerNextTokenExchange(500, "{}"), Messages.TROUBLE),
                failure("token endpoint 502 with HTML", g -> g.answerNextTokenExchange(502, "<html>Bad gateway</html>"), Messages.TROUBLE),
                failure("token endpoint 404 (wrong GITHUB_URL)", g -> g.answerNextTokenExchange(404, "{\"message\":\"Not Found\"}"), Messages.NOT_FOUND),
                failure("token endpoint 429", g -> g.answerNextTokenExchange(429, "{}"), Messages.LIMITED),
                failure("token endpoint redirects (not followed)", g -> g.answerNextTokenExchange(302, ""), Messages.UNEXPECTED),
                failure("token endpoint 400", g -> g.answerNextTokenExchange(400, "{}"), Messages.UNEXPECTED),
                failure("token reply is malformed JSON", g -> g.answerNextTokenExchange(200, "{\"access_token\":\"gho_x\""), Messages.UNEXPECTED),
                failure("token reply is HTML", g -> g.answerNextTokenExchange(200, "<html>Sign in</html>"), Messages.UNEXPECTED),
                failure("token reply is form-encoded", g -> g.answerNextTokenExchange(200, "access_token=gho_x&token_type=bearer"), Messages.UNEXPECTED),
                failure("token reply is empty", g -> g.answerNextTokenExchange(200, ""), Messages.UNEXPECTED),
                failure("token reply without a token", g -> g.answerNextTokenExchange(200, "{\"scope\":\"read:user\"}"), Messages.UNEXPECTED),
                failure("token reply with a null token", g -> g.answerNextTokenExchange(200, "{\"access_token\":null}"), Messages.UNEXPECTED),
                failure("token reply with a number for a token", g -> g.answerNextTokenExchange(200, "{\"access_token\":12}"), Messages.UNEXPECTED),
                failure("token that would inject a header", g -> g.answerNextTokenExchange(200,
                        "{\"access_token\":\"gho_x\\r\\nX-Evil: 1\",\"token_type\":\"bearer\"}"), Messages.UNEXPECTED),
                failure("token that is not a bearer token", g -> g.answerNextTokenExchange(200,
                        "{\"access_token\":\"gho_x\",\"token_type\":\"mac\"}"), Messages.UNEXPECTED),
                failure("token reply too large", g -> g.answerNextTokenExchange(200, huge), Messages.UNEXPECTED),
                failure("/user 401", g -> g.answerNextUserRequest(401, "{\"message\":\"Bad credentials\"}"), Messages.TOKEN_REFUSED),
                failure("/user 403", g -> g.answerNextUserRequest(403, "{\"message\":\"API rate limit exceeded\"}"), Messages.LIMITED),
                failure("/user 404", g -> g.answerNextUserRequest(404, "{\"message\":\"Not Found\"}"), Messages.NOT_FOUND),
                failure("/user 500", g -> g.answerNextUserRequest(500, "{}"), Messages.TROUBLE),
                failure("/user 503 empty", g -> g.answerNextUserRequest(503, ""), Messages.TROUBLE),
                failure("/user malformed JSON", g -> g.answerNextUserRequest(200, "{\"login\":\"octocat\",\"id\":"), Messages.UNEXPECTED),
                failure("/user an array", g -> g.answerNextUserRequest(200, "[" + USER + "]"), Messages.UNEXPECTED),
                failure("/user too large", g -> g.answerNextUserRequest(200, huge), Messages.UNEXPECTED),
                failure("/user without id", g -> g.answerNextUserRequest(200, "{\"login\":\"octocat\"}"), Messages.NO_IDENTITY),
                failure("/user with a string id", g -> g.answerNextUserRequest(200, "{\"login\":\"octocat\",\"id\":\"583231\"}"), Messages.NO_IDENTITY),
                failure("/user with a null id", g -> g.answerNextUserRequest(200, "{\"login\":\"octocat\",\"id\":null}"), Messages.NO_IDENTITY),
                failure("/user with id 0", g -> g.answerNextUserRequest(200, "{\"login\":\"octocat\",\"id\":0}"), Messages.NO_IDENTITY),
                failure("/user with a negative id", g -> g.answerNextUserRequest(200, "{\"login\":\"octocat\",\"id\":-5}"), Messages.NO_IDENTITY),
                failure("/user with a fractional id", g -> g.answerNextUserRequest(200, "{\"login\":\"octocat\",\"id\":1.5}"), Messages.NO_IDENTITY),
                failure("/user with an id beyond long", g -> g.answerNextUserRequest(200, "{\"login\":\"octocat\",\"id\":1e30}"), Messages.NO_IDENTITY),
                failure("/user without login", g -> g.answerNextUserRequest(200, "{\"id\":583231}"), Messages.NO_IDENTITY),
                failure("/user with a null login", g -> g.answerNextUserRequest(200, "{\"id\":583231,\"login\":null}"), Messages.NO_IDENTITY),
                failure("/user with an empty login", g -> g.answerNextUserRequest(200, "{\"id\":583231,\"login\":\"\"}"), Messages.NO_IDENTITY),
                failure("/user with a login too long", g -> g.answerNextUserRequest(200,
                        "{\"id\":583231,\"login\":\"" + "a".repeat(256) + "\"}"), Messages.NO_IDENTITY));
    }

    private static Arguments failure(String name, Consumer<FakeGitHub> arrange, String message) {
        return arguments(name, arrange, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void failsWithWordsForTheUser(String name, Consumer<FakeGitHub> arrange, String message) {
        arrange.accept(github);
        String code = github.issueCode(CALLBACK);

        Login login = provider(Duration.ofSeconds(5)).identify(code, SIGN_IN, CALLBACK);

        assertThat(login).isEqualTo(new Failed(message));
        assertNothingSecretLeaked(login, code);
        assertThat(log.lines()).hasSize(1);
    }

    @Test
    void aTokenExchangeThatTakesTooLongTimesOut() {
        github.delayNextTokenExchange(Duration.ofSeconds(30));
        String code = github.issueCode(CALLBACK);

        Login login = provider(Duration.ofMillis(300)).identify(code, SIGN_IN, CALLBACK);

        assertThat(login).isEqualTo(new Failed(Messages.TIMED_OUT));
        assertNothingSecretLeaked(login, code);
    }

    /**
     * The timeout is generous (2 s against a 30 s stall) so that, on a loaded machine, the token
     * exchange before the lookup cannot be the call that times out.
     */
    @Test
    void aUserLookupThatTakesTooLongTimesOut() {
        github.delayNextUserRequest(Duration.ofSeconds(30));
        String code = github.issueCode(CALLBACK);

        Login login = provider(Duration.ofSeconds(2)).identify(code, SIGN_IN, CALLBACK);

        assertThat(login).isEqualTo(new Failed(Messages.TIMED_OUT));
        assertThat(github.issuedTokens()).hasSize(1);
        assertNothingSecretLeaked(login, code);
    }

    @Test
    void anAnswerJustInsideTheTimeoutIsStillUsed() {
        github.delayNextUserRequest(Duration.ofMillis(50));

        Login login = provider(Duration.ofSeconds(5)).identify(github.issueCode(CALLBACK), SIGN_IN, CALLBACK);

        assertThat(login).isNotInstanceOf(Failed.class);
    }

    @Test
    void aGitHubThatIsNotListeningCannotBeReached() {
        GitHubIdentityProvider provider = provider(Duration.ofSeconds(5));
        String code = github.issueCode(CALLBACK);
        github.stop();

        Login login = provider.identify(code, SIGN_IN, CALLBACK);

        assertThat(login).isEqualTo(new Failed(Messages.UNREACHABLE));
        assertNothingSecretLeaked(login, code);
    }

    @Test
    void anAnswerThatIsNotUtf8IsNotUnderstood() {
        GitHubHttp.Answer answer = new GitHubHttp.Answer(200, new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'}, "user lookup");

        assertThatThrownBy(answer::jsonObject)
                .isInstanceOfSatisfying(SignInFailedException.class,
                        e -> assertThat(e.userMessage()).isEqualTo(Messages.UNEXPECTED));
    }

    @Test
    void anAnswerOfExactlyTheLimitIsRead() {
        String prefix = "{\"login\":\"octocat\",\"id\":583231,\"bio\":\"";
        String padding = "x".repeat(GitHubHttp.MAX_ANSWER_BYTES - prefix.length() - 2);
        String body = prefix + padding + "\"}";
        assertThat(body.getBytes(StandardCharsets.UTF_8)).hasSize(GitHubHttp.MAX_ANSWER_BYTES);
        github.answerNextUserRequest(200, body);

        Login login = provider(Duration.ofSeconds(5)).identify(github.issueCode(CALLBACK), SIGN_IN, CALLBACK);

        assertThat(login).isNotInstanceOf(Failed.class);
    }

    private void assertNothingSecretLeaked(Login login, String code) {
        List<String> secrets = new ArrayList<>(github.issuedTokens());
        secrets.add(github.clientSecret());
        secrets.add(code);
        String said = ((Failed) login).message() + "\n" + String.join("\n", log.lines());
        for (String secret : secrets) {
            assertThat(said).doesNotContain(secret);
        }
    }
}
