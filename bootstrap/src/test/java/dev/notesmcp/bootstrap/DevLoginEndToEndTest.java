package dev.notesmcp.bootstrap;

import dev.notesmcp.bootstrap.SignInFlow.TokenPair;
import dev.notesmcp.bootstrap.config.Environment;
import dev.notesmcp.bootstrap.config.IdentityProviderKind;
import dev.notesmcp.bootstrap.config.InvalidSettingsException;
import dev.notesmcp.bootstrap.config.SettingsLoader;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.notesmcp.bootstrap.McpClients.call;
import static dev.notesmcp.bootstrap.McpClients.structured;
import static dev.notesmcp.bootstrap.OAuthAssertions.assertErrorPage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The development login: a server started without any GITHUB_* variable on a loopback
 * {@code PUBLIC_URL} signs people in through its own user-name page, and the whole flow and the
 * tools work for {@code dev:<name>}. On any other {@code PUBLIC_URL} it refuses to start.
 */
class DevLoginEndToEndTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static SignInFlow flowFor(String userName) {
        return SignInFlow.discover(server, SignInFlow.devLogin(userName));
    }

    @Test
    void theDevLoginIsChosenOnALoopbackPublicUrlWithoutGitHub() {
        assertThat(server.settings().identityProvider()).isEqualTo(IdentityProviderKind.DEV);
        assertThat(server.settings().gitHub()).isEmpty();
    }

    @Test
    void aClientCompletesTheFlowThroughTheDevSignInAndTheToolsWorkForThatUser() {
        TokenPair ada = flowFor("ada").signIn("ada's inspector");

        assertThat(claim(ada.accessToken(), "sub")).isEqualTo("dev:ada");
        assertThat(claim(ada.accessToken(), "login")).isEqualTo("ada");
        McpSyncClient adaClient = McpClients.connect(server, ada.accessToken());
        CallToolResult created = call(adaClient, "create_note", Map.of("title", "Dev note", "content", "local",
                "tags", List.of("dev")));
        assertThat(created.isError()).isFalse();
        String id = (String) structured(created).get("id");
        assertThat(structured(call(adaClient, "get_note", Map.of("id", id)))).containsEntry("title", "Dev note");
        assertThat(structured(call(adaClient, "update_note", Map.of("id", id, "content", "edited"))))
                .containsEntry("content", "edited");
        assertThat(titles(structured(call(adaClient, "list_notes", Map.of())), "notes")).containsExactly("Dev note");
        assertThat(titles(structured(call(adaClient, "search_notes", Map.of("query", "edited"))), "results"))
                .containsExactly("Dev note");

        TokenPair grace = flowFor("grace").signIn("grace's inspector");
        assertThat(claim(grace.accessToken(), "sub")).isEqualTo("dev:grace");
        McpSyncClient graceClient = McpClients.connect(server, grace.accessToken());
        assertThat(titles(structured(call(graceClient, "list_notes", Map.of())), "notes")).isEmpty();
        assertThat(call(graceClient, "get_note", Map.of("id", id)).isError()).isTrue();

        assertThat(structured(call(adaClient, "delete_note", Map.of("id", id)))).containsEntry("deleted", true);
        adaClient.closeGracefully();
        graceClient.closeGracefully();
    }

    @Test
    void theDevSignInPageIsServedUnderThePublicUrl() {
        SignInFlow flow = flowFor("linus");
        OAuthClient client = flow.register("path check");

        URI login = flow.startLogin(new Browser(), client, "s", OAuthClient.ALL_SCOPES);

        assertThat(login.toString()).startsWith(server.settings().publicUrl() + "/oauth/dev/login?state=");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"-leading-dash", "has space", "slash/name", "<script>",
            "a234567890123456789012345678901234567890"})
    void anUnusableUserNameGetsAnErrorPageAndTheSignInCanBeRetried(String userName) {
        SignInFlow flow = flowFor("retry");
        OAuthClient client = flow.register("careless typist");
        Browser browser = new Browser();
        String state = "state-" + UUID.randomUUID();
        URI login = flow.startLogin(browser, client, state, OAuthClient.ALL_SCOPES);
        String loginState = OAuthClient.queryParameter(login, "state");

        HttpResponse<String> refused = browser.postForm(SignInFlow.formAction(browser.get(login).body()),
                Map.of("state", loginState, "code_challenge", OAuthClient.queryParameter(login, "code_challenge"),
                        "username", userName));

        assertErrorPage(refused, "Use 1 to 39 letters, digits, dots, dashes or underscores as the user name.");
        URI callback = SignInFlow.devLogin("retry").signIn(browser, login);
        flow.returnToClient(browser, callback, client, state);
    }

    @Test
    void theDevSignInPageNeedsASignInToAnswer() {
        assertErrorPage(RawHttp.get(server.baseUrl() + "/oauth/dev/login"),
                "The development sign-in needs the state and code challenge of a sign-in");
    }

    @Test
    void aDevSignInForAnotherBrowsersStateIsRefusedAtTheCallback() {
        SignInFlow flow = flowFor("mallory");
        OAuthClient client = flow.register("victim's client");
        URI login = flow.startLogin(new Browser(), client, "s", OAuthClient.ALL_SCOPES);

        Browser attacker = new Browser();
        URI callback = SignInFlow.devLogin("mallory").signIn(attacker, login);

        assertErrorPage(attacker.get(callback), "This sign-in was not started in this browser.");
    }

    @Test
    void theDevLoginIsRefusedAtStartUpOnAPublicUrl() {
        Map<String, String> variables = Map.of("PUBLIC_URL", "https://notes.example.com",
                "IDENTITY_PROVIDER", "dev", "JWT_SIGNING_SECRET", TestServer.SECRET);

        assertThatThrownBy(() -> SettingsLoader.load(Environment.of(variables)))
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> assertThat(e.problems())
                        .singleElement().asString().startsWith("IDENTITY_PROVIDER")
                        .contains("loopback").contains("https://notes.example.com"));
        assertThatThrownBy(() -> TestServer.start(variables)).isInstanceOf(InvalidSettingsException.class);
    }

    @Test
    void withoutGitHubANonLoopbackPublicUrlDoesNotFallBackToTheDevLogin() {
        Map<String, String> variables = Map.of("PUBLIC_URL", "https://notes.example.com",
                "JWT_SIGNING_SECRET", TestServer.SECRET);

        assertThatThrownBy(() -> SettingsLoader.load(Environment.of(variables)))
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> assertThat(e.problems())
                        .anySatisfy(problem -> assertThat(problem).startsWith("IDENTITY_PROVIDER")
                                .contains("GITHUB_CLIENT_ID")));
    }

    /** A string claim of a JWT, read without verifying it (the server already did). */
    private static String claim(String jwt, String name) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return OAuthClient.jsonString(payload, name);
    }

    @SuppressWarnings("unchecked")
    private static List<String> titles(Map<String, Object> document, String listName) {
        return ((List<Map<String, Object>>) document.get(listName)).stream()
                .map(note -> (String) note.get("title")).toList();
    }
}
