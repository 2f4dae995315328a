package dev.notesmcp.bootstrap;

import dev.notesmcp.adapter.github.fake.FakeGitHub;
import dev.notesmcp.bootstrap.SignInFlow.TokenPair;
import dev.notesmcp.domain.oauth.RefreshToken;
import io.modelcontextprotocol.client.McpSyncClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static dev.notesmcp.bootstrap.OAuthAssertions.assertAcceptedOnMcp;
import static dev.notesmcp.bootstrap.OAuthAssertions.assertOAuthError;
import static dev.notesmcp.bootstrap.OAuthAssertions.assertRefusedOnMcp;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refresh-token rotation, its grace window, reuse detection, scope narrowing and RFC 7009
 * revocation, over HTTP against the real server. Time is a {@link TestClock} the server reads
 * everywhere, so the grace window ({@link RefreshToken#GRACE}, 10 s) is crossed without waiting.
 */
class RefreshAndRevocationEndToEndTest {

    private static final Duration PAST_GRACE = RefreshToken.GRACE.plusSeconds(1);

    private static FakeGitHub gitHub;
    private static TestClock clock;
    private static TestServer server;
    private static SignInFlow flow;

    @BeforeAll
    static void start() {
        gitHub = FakeGitHub.start();
        clock = new TestClock();
        server = TestServer.withGitHub(gitHub, clock);
        flow = SignInFlow.discover(server, SignInFlow.gitHub(gitHub));
    }

    @AfterAll
    static void stop() {
        server.close();
        gitHub.close();
    }

    @Test
    void aRefreshRotatesTheRefreshTokenAndIssuesAWorkingAccessToken() {
        OAuthClient client = flow.register("rotating client");
        TokenPair first = flow.signIn(client);

        TokenPair second = TokenPair.issued(client.refresh(flow.tokenEndpoint, first.refreshToken()), OAuthClient.ALL_SCOPES);

        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
        assertAcceptedOnMcp(server, second.accessToken());
        // Rotation retires the refresh token, not the access tokens already issued: they live out their hour.
        assertAcceptedOnMcp(server, first.accessToken());
        TokenPair third = TokenPair.issued(client.refresh(flow.tokenEndpoint, second.refreshToken()), OAuthClient.ALL_SCOPES);
        assertThat(third.refreshToken()).isNotIn(first.refreshToken(), second.refreshToken());
    }

    /**
     * Observed: within the grace window the retired token is served again as a retry (a client
     * whose response was lost), once, with yet another successor; the first successor stays valid
     * too. The window is inclusive: at exactly 10 s the retry is still served.
     */
    @Test
    void theRetiredRefreshTokenIsServedAgainWithinTheGraceWindow() {
        OAuthClient client = flow.register("retrying client");
        TokenPair original = flow.signIn(client);
        TokenPair lost = TokenPair.issued(client.refresh(flow.tokenEndpoint, original.refreshToken()), OAuthClient.ALL_SCOPES);

        clock.advance(RefreshToken.GRACE);
        TokenPair retried = TokenPair.issued(client.refresh(flow.tokenEndpoint, original.refreshToken()), OAuthClient.ALL_SCOPES);

        assertThat(retried.refreshToken()).isNotIn(original.refreshToken(), lost.refreshToken());
        assertAcceptedOnMcp(server, retried.accessToken());
        assertAcceptedOnMcp(server, lost.accessToken());
        TokenPair.issued(client.refresh(flow.tokenEndpoint, lost.refreshToken()), OAuthClient.ALL_SCOPES);
        TokenPair.issued(client.refresh(flow.tokenEndpoint, retried.refreshToken()), OAuthClient.ALL_SCOPES);
    }

    /** Only one retry is honoured: presenting the retired token a third time, even within the window, is reuse. */
    @Test
    void aSecondRetryWithinTheGraceWindowRevokesTheWholeGrant() {
        OAuthClient client = flow.register("twice retrying client");
        TokenPair untouched = flow.signIn(client);
        TokenPair original = flow.signIn(client);
        TokenPair lost = TokenPair.issued(client.refresh(flow.tokenEndpoint, original.refreshToken()), OAuthClient.ALL_SCOPES);
        TokenPair retried = TokenPair.issued(client.refresh(flow.tokenEndpoint, original.refreshToken()), OAuthClient.ALL_SCOPES);

        HttpResponse<String> again = client.refresh(flow.tokenEndpoint, original.refreshToken());

        assertOAuthError(again, "invalid_grant", original.refreshToken(), lost.refreshToken(), retried.refreshToken());
        assertRefusedOnMcp(server, original.accessToken());
        assertRefusedOnMcp(server, lost.accessToken());
        assertRefusedOnMcp(server, retried.accessToken());
        assertOAuthError(client.refresh(flow.tokenEndpoint, lost.refreshToken()), "invalid_grant");
        assertOAuthError(client.refresh(flow.tokenEndpoint, retried.refreshToken()), "invalid_grant");
        assertAcceptedOnMcp(server, untouched.accessToken());
        TokenPair.issued(client.refresh(flow.tokenEndpoint, untouched.refreshToken()), OAuthClient.ALL_SCOPES);
    }

    @Test
    void theRetiredRefreshTokenAfterTheGraceWindowRevokesTheWholeGrant() {
        OAuthClient client = flow.register("robbed client");
        TokenPair untouched = flow.signIn(client);
        TokenPair original = flow.signIn(client);
        TokenPair rotated = TokenPair.issued(client.refresh(flow.tokenEndpoint, original.refreshToken()), OAuthClient.ALL_SCOPES);

        clock.advance(PAST_GRACE);
        HttpResponse<String> replay = client.refresh(flow.tokenEndpoint, original.refreshToken());

        assertOAuthError(replay, "invalid_grant", original.refreshToken(), rotated.refreshToken());
        assertRefusedOnMcp(server, original.accessToken());
        assertRefusedOnMcp(server, rotated.accessToken());
        assertOAuthError(client.refresh(flow.tokenEndpoint, rotated.refreshToken()), "invalid_grant");
        assertOAuthError(client.refresh(flow.tokenEndpoint, original.refreshToken()), "invalid_grant");
        // Only that grant: the same client's other sign-in goes on working.
        assertAcceptedOnMcp(server, untouched.accessToken());
        TokenPair.issued(client.refresh(flow.tokenEndpoint, untouched.refreshToken()), OAuthClient.ALL_SCOPES);
    }

    @Test
    void anotherClientCannotUseTheRefreshToken() {
        OAuthClient owner = flow.register("owner");
        OAuthClient other = flow.register("other");
        TokenPair tokens = flow.signIn(owner);

        assertOAuthError(other.refresh(flow.tokenEndpoint, tokens.refreshToken()), "invalid_grant", tokens.refreshToken());

        TokenPair.issued(owner.refresh(flow.tokenEndpoint, tokens.refreshToken()), OAuthClient.ALL_SCOPES);
    }

    @Test
    void aRefreshForAnotherResourceIsInvalidTarget() {
        OAuthClient client = flow.register("targeting client");
        TokenPair tokens = flow.signIn(client);

        assertOAuthError(client.token(flow.tokenEndpoint, Map.of("grant_type", "refresh_token",
                "refresh_token", tokens.refreshToken(), "resource", "https://elsewhere.example/mcp")), "invalid_target");
    }

    @Test
    void revokingAnAccessTokenRefusesItOnMcp() {
        OAuthClient client = flow.register("revoking client");
        TokenPair tokens = flow.signIn(client);
        assertAcceptedOnMcp(server, tokens.accessToken());

        HttpResponse<String> revoked = client.revoke(flow.revocationEndpoint, tokens.accessToken());

        assertThat(revoked.statusCode()).isEqualTo(200);
        assertRefusedOnMcp(server, tokens.accessToken());
        // Observed: revoking the access token leaves its grant alone (RFC 7009 §2.1 allows either).
        TokenPair refreshed = TokenPair.issued(client.refresh(flow.tokenEndpoint, tokens.refreshToken()), OAuthClient.ALL_SCOPES);
        assertAcceptedOnMcp(server, refreshed.accessToken());
    }

    @Test
    void revokingARefreshTokenEndsItsGrantAndItsAccessTokens() {
        OAuthClient client = flow.register("leaving client");
        TokenPair original = flow.signIn(client);
        TokenPair rotated = TokenPair.issued(client.refresh(flow.tokenEndpoint, original.refreshToken()), OAuthClient.ALL_SCOPES);

        HttpResponse<String> revoked = client.revoke(flow.revocationEndpoint, rotated.refreshToken());

        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(revoked.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertRefusedOnMcp(server, rotated.accessToken());
        assertRefusedOnMcp(server, original.accessToken());
        assertOAuthError(client.refresh(flow.tokenEndpoint, rotated.refreshToken()), "invalid_grant");
    }

    @Test
    void anotherClientsRevocationIsAnsweredLikeASuccessAndChangesNothing() {
        OAuthClient owner = flow.register("owner of the tokens");
        OAuthClient stranger = flow.register("stranger");
        TokenPair tokens = flow.signIn(owner);

        assertThat(stranger.revoke(flow.revocationEndpoint, tokens.accessToken()).statusCode()).isEqualTo(200);
        assertThat(stranger.revoke(flow.revocationEndpoint, tokens.refreshToken()).statusCode()).isEqualTo(200);

        assertAcceptedOnMcp(server, tokens.accessToken());
        TokenPair.issued(owner.refresh(flow.tokenEndpoint, tokens.refreshToken()), OAuthClient.ALL_SCOPES);
    }

    @Test
    void revokingAnUnknownTokenIsAnsweredLikeASuccess() {
        OAuthClient client = flow.register("tidy client");

        assertThat(client.revoke(flow.revocationEndpoint, "never-issued").statusCode()).isEqualTo(200);
    }

    @Test
    void aRefreshMayNarrowTheScopeAndTheNarrowTokenCannotWrite() {
        OAuthClient client = flow.register("narrowing client");
        TokenPair full = flow.signIn(client);

        TokenPair readOnly = TokenPair.issued(client.refresh(flow.tokenEndpoint, full.refreshToken(), "notes:read"),
                "notes:read");

        HttpResponse<String> create = RawHttp.postMcp(server, readOnly.accessToken(), """
                {"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"create_note","arguments":{"title":"no"}}}""");
        assertThat(create.statusCode()).isEqualTo(403);
        assertThat(create.headers().firstValue("WWW-Authenticate")).get().asString()
                .startsWith("Bearer error=\"insufficient_scope\"").contains("scope=\"notes:read notes:write\"");
        McpSyncClient reader = McpClients.connect(server, readOnly.accessToken());
        assertThat(McpClients.call(reader, "list_notes", Map.of()).isError()).isFalse();
        reader.closeGracefully();
        // The successor refresh token keeps what was granted (RFC 6749 §6): without scope, all of it again.
        TokenPair.issued(client.refresh(flow.tokenEndpoint, readOnly.refreshToken()), OAuthClient.ALL_SCOPES);
    }

    @Test
    void aRefreshCannotWidenTheScope() {
        OAuthClient client = flow.register("greedy client");
        TokenPair readOnly = flow.signIn(client, "notes:read");

        assertOAuthError(client.refresh(flow.tokenEndpoint, readOnly.refreshToken(), OAuthClient.ALL_SCOPES),
                "invalid_scope", readOnly.refreshToken());
        assertOAuthError(client.refresh(flow.tokenEndpoint, readOnly.refreshToken(), "notes:admin"),
                "invalid_scope", readOnly.refreshToken());

        // A refused refresh rotates nothing: the token still works, for what was granted.
        TokenPair.issued(client.refresh(flow.tokenEndpoint, readOnly.refreshToken()), "notes:read");
    }
}
