package dev.notesmcp.bootstrap;

import dev.notesmcp.adapter.github.fake.FakeGitHub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.notesmcp.bootstrap.OAuthAssertions.assertOAuthError;
import static dev.notesmcp.bootstrap.OAuthAssertions.assertRefusedOnMcp;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One authorization code redeemed by 50 requests at the same instant: exactly one gets tokens,
 * every other one is a replay ({@code invalid_grant}), and the replays revoke what the one issued.
 */
class ConcurrentRedemptionEndToEndTest {

    private static final int REDEMPTIONS = 50;

    private static FakeGitHub gitHub;
    private static TestServer server;
    private static SignInFlow flow;

    @BeforeAll
    static void start() {
        gitHub = FakeGitHub.start();
        server = TestServer.withGitHub(gitHub);
        flow = SignInFlow.discover(server, SignInFlow.gitHub(gitHub));
    }

    @AfterAll
    static void stop() {
        server.close();
        gitHub.close();
    }

    @Test
    void fiftyConcurrentRedemptionsOfOneCodeIssueTokensExactlyOnce() throws Exception {
        OAuthClient client = flow.register("impatient client");
        String code = flow.code(client);

        List<HttpResponse<String>> responses = redeemAtOnce(client, code);

        List<HttpResponse<String>> issued = responses.stream().filter(r -> r.statusCode() == 200).toList();
        responses.stream().filter(r -> r.statusCode() != 200)
                .forEach(refused -> assertOAuthError(refused, "invalid_grant", code, client.verifier));
        // Exactly one request wins the code. The 49 others are replays, and a replay revokes everything issued
        // from the code: the winner's tokens are refused even when a replay revoked the grant before they existed.
        assertThat(issued).as("successful redemptions").hasSize(1);
        for (HttpResponse<String> winner : issued) {
            SignInFlow.TokenPair tokens = SignInFlow.TokenPair.issued(winner, OAuthClient.ALL_SCOPES);
            assertRefusedOnMcp(server, tokens.accessToken());
            assertOAuthError(client.refresh(flow.tokenEndpoint, tokens.refreshToken()), "invalid_grant");
        }
    }

    @Test
    void theCodeIsSpentWhateverTheRaceLeft() throws Exception {
        OAuthClient client = flow.register("late client");
        String code = flow.code(client);
        redeemAtOnce(client, code);

        assertOAuthError(client.redeem(flow.tokenEndpoint, code), "invalid_grant", code);
    }

    /** Every request is prepared on its own thread, then all are let go together. */
    private static List<HttpResponse<String>> redeemAtOnce(OAuthClient client, String code) throws Exception {
        CountDownLatch ready = new CountDownLatch(REDEMPTIONS);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(REDEMPTIONS);
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < REDEMPTIONS; i++) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return client.redeem(flow.tokenEndpoint, code);
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                responses.add(future.get(30, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            threads.shutdownNow();
        }
    }
}
