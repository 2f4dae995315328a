package dev.notesmcp.application.port.out;

import dev.notesmcp.application.port.out.GrantRepository.GrantFilter;
import dev.notesmcp.application.port.out.GrantRepository.IssuedAccessToken;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.oauth.ClientId;
import dev.notesmcp.domain.oauth.Grant;
import dev.notesmcp.domain.oauth.GrantId;
import dev.notesmcp.domain.token.Scope;
import dev.notesmcp.domain.token.Scopes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static dev.notesmcp.application.port.out.OAuthFixtures.T0;
import static dev.notesmcp.application.port.out.OAuthFixtures.accessToken;
import static dev.notesmcp.application.port.out.OAuthFixtures.at;
import static dev.notesmcp.application.port.out.OAuthFixtures.LOGIN;
import static dev.notesmcp.application.port.out.OAuthFixtures.freshClientId;
import static dev.notesmcp.application.port.out.OAuthFixtures.freshUser;
import static dev.notesmcp.application.port.out.OAuthFixtures.grant;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link GrantRepository} must do: a revoked grant refuses new access tokens, and
 * revoking names every access token recorded under it that is still live, even when recording
 * and revoking race. A store's test extends this class and supplies {@link #newRepository()};
 * every test uses fresh grants.
 */
public abstract class GrantRepositoryContract {

    private static final int THREADS = 50;
    private static final Instant LATER = T0.plus(Duration.ofHours(1));

    protected GrantRepository grants;

    /** The store under test; may be shared between tests. */
    protected abstract GrantRepository newRepository();

    @BeforeEach
    void createRepository() {
        grants = newRepository();
    }

    private Grant stored() {
        Grant grant = grant(T0);
        grants.add(grant);
        return grant;
    }

    private IssuedAccessToken recorded(Grant grant, Instant expiresAt) {
        IssuedAccessToken token = accessToken(expiresAt);
        assertThat(grants.recordAccessToken(grant.id(), token, T0)).as("recorded under an active grant").isTrue();
        return token;
    }

    // ---- add and find

    @Test
    void findsAnAddedGrantExactlyAsAdded() {
        ClientId client = freshClientId();
        Grant grant = grant(client, Scopes.of(Scope.NOTES_READ), Instant.parse("2025-03-01T12:00:00.123456Z"));
        grants.add(grant);

        assertThat(grants.find(grant.id())).contains(grant);
        assertThat(grant.isActive()).isTrue();
    }

    @Test
    void findsNothingForAnUnknownGrant() {
        stored();

        assertThat(grants.find(GrantId.random())).isEmpty();
    }

    // ---- recording access tokens

    @Test
    void anActiveGrantRecordsAccessTokens() {
        Grant grant = stored();

        IssuedAccessToken first = recorded(grant, LATER);
        IssuedAccessToken second = recorded(grant, LATER.plusSeconds(1));

        assertThat(grants.revoke(grant.id(), at(1))).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void anUnknownGrantRecordsNothing() {
        GrantId unknown = GrantId.random();

        assertThat(grants.recordAccessToken(unknown, accessToken(LATER), T0)).isFalse();
        assertThat(grants.find(unknown)).isEmpty();
        assertThat(grants.revoke(unknown, at(1))).isEmpty();
    }

    @Test
    void aRevokedGrantRefusesNewAccessTokens() {
        Grant grant = stored();
        grants.revoke(grant.id(), at(1));
        IssuedAccessToken late = accessToken(LATER);

        assertThat(grants.recordAccessToken(grant.id(), late, at(2))).isFalse();
        assertThat(grants.revoke(grant.id(), at(3))).doesNotContain(late);
    }

    // ---- revoking

    @Test
    void revokingMarksTheGrantRevokedAtThatTime() {
        Grant grant = stored();

        grants.revoke(grant.id(), at(7));

        Grant found = grants.find(grant.id()).orElseThrow();
        assertThat(found.isActive()).isFalse();
        assertThat(found).isEqualTo(grant.revokedAt(at(7)));
    }

    @Test
    void revokingReturnsOnlyTheAccessTokensNotYetExpired() {
        Grant grant = stored();
        Instant revokedAt = T0.plus(Duration.ofMinutes(30));
        IssuedAccessToken expiredEarlier = recorded(grant, T0.plus(Duration.ofMinutes(10)));
        IssuedAccessToken expiringThatInstant = recorded(grant, revokedAt);
        IssuedAccessToken live = recorded(grant, revokedAt.plusSeconds(1));
        IssuedAccessToken longLived = recorded(grant, T0.plus(Duration.ofHours(2)));

        List<IssuedAccessToken> returned = grants.revoke(grant.id(), revokedAt);

        assertThat(returned).containsExactlyInAnyOrder(live, longLived)
                .doesNotContain(expiredEarlier, expiringThatInstant);
    }

    @Test
    void revokingKeepsTheExpiryOfEachToken() {
        Grant grant = stored();
        IssuedAccessToken token = recorded(grant, Instant.parse("2025-03-01T13:00:00Z"));

        assertThat(grants.revoke(grant.id(), at(1))).singleElement().isEqualTo(token);
    }

    @Test
    void revokingIsIdempotent() {
        Grant grant = stored();
        recorded(grant, LATER);
        recorded(grant, LATER.plusSeconds(5));
        List<IssuedAccessToken> first = grants.revoke(grant.id(), at(1));

        List<IssuedAccessToken> second = grants.revoke(grant.id(), at(2));

        assertThat(second).as("a second revocation names nothing new").isSubsetOf(first);
        assertThat(grants.find(grant.id())).as("the first revocation time stays").contains(grant.revokedAt(at(1)));
    }

    @Test
    void revokingAnUnknownGrantReturnsNothingAndCreatesNothing() {
        GrantId unknown = GrantId.random();

        assertThat(grants.revoke(unknown, at(1))).isEmpty();
        assertThat(grants.find(unknown)).isEmpty();
    }

    @Test
    void revokingOneGrantLeavesAnotherAlone() {
        Grant revoked = stored();
        Grant kept = stored();
        IssuedAccessToken revokedToken = recorded(revoked, LATER);
        IssuedAccessToken keptToken = recorded(kept, LATER);

        assertThat(grants.revoke(revoked.id(), at(1))).containsExactly(revokedToken);

        assertThat(grants.find(kept.id())).contains(kept);
        IssuedAccessToken another = recorded(kept, LATER);
        assertThat(grants.revoke(kept.id(), at(2))).containsExactlyInAnyOrder(keptToken, another);
    }

    // ---- listing, for operators

    @Test
    void listsAUsersGrantsNewestFirstRevokedOnesIncluded() {
        UserId user = freshUser();
        Grant older = Grant.start(user, LOGIN, freshClientId(), Scopes.all(), at(1));
        Grant newer = Grant.start(user, LOGIN, freshClientId(), Scopes.all(), at(2));
        grants.add(older);
        grants.add(newer);
        stored();
        grants.revoke(older.id(), at(3));

        assertThat(grants.list(GrantFilter.ofUser(user))).containsExactly(newer, older.revokedAt(at(3)));
    }

    @Test
    void listsAClientsGrantsAndBothFiltersTogether() {
        ClientId client = freshClientId();
        UserId alice = freshUser();
        Grant ofAlice = Grant.start(alice, LOGIN, client, Scopes.all(), at(1));
        Grant ofBob = Grant.start(freshUser(), LOGIN, client, Scopes.all(), at(2));
        Grant aliceElsewhere = Grant.start(alice, LOGIN, freshClientId(), Scopes.all(), at(3));
        List.of(ofAlice, ofBob, aliceElsewhere).forEach(grants::add);

        assertThat(grants.list(GrantFilter.ofClient(client))).containsExactly(ofBob, ofAlice);
        assertThat(grants.list(new GrantFilter(Optional.of(alice), Optional.of(client)))).containsExactly(ofAlice);
        assertThat(grants.list(GrantFilter.ALL)).contains(ofAlice, ofBob, aliceElsewhere);
        assertThat(grants.list(GrantFilter.ofUser(freshUser()))).isEmpty();
    }

    // ---- concurrency

    @Test
    void concurrentlyRecordedAccessTokensAreAllKept() throws Exception {
        Grant grant = stored();
        List<IssuedAccessToken> tokens = IntStream.range(0, THREADS).mapToObj(i -> accessToken(LATER)).toList();

        List<Boolean> recorded = Concurrently.run(THREADS,
                i -> grants.recordAccessToken(grant.id(), tokens.get(i), T0));

        assertThat(recorded).containsOnly(true);
        assertThat(grants.revoke(grant.id(), at(1))).containsExactlyInAnyOrderElementsOf(tokens);
    }

    /**
     * Recording races revoking: every token whose recording succeeded is named by a revocation
     * (so it can be refused), and no token is named that was refused. Nothing slips through.
     */
    @Test
    void noAccessTokenRecordedWhileRevokingIsLeftUnrevoked() throws Exception {
        int revokers = 3;
        for (int round = 0; round < 20; round++) {
            Grant grant = stored();
            List<IssuedAccessToken> tokens = IntStream.range(0, THREADS).mapToObj(i -> accessToken(LATER)).toList();
            Set<Integer> revokerIndexes = Set.of(round % THREADS, (round + 17) % THREADS, (round + 34) % THREADS);

            List<Object> outcomes = Concurrently.run(THREADS, i -> revokerIndexes.contains(i)
                    ? grants.revoke(grant.id(), at(1))
                    : (Object) grants.recordAccessToken(grant.id(), tokens.get(i), T0));

            Set<IssuedAccessToken> accepted = new HashSet<>();
            Set<IssuedAccessToken> named = new HashSet<>();
            for (int i = 0; i < THREADS; i++) {
                if (outcomes.get(i) instanceof List<?> revoked) {
                    revoked.forEach(token -> named.add((IssuedAccessToken) token));
                } else if (Boolean.TRUE.equals(outcomes.get(i))) {
                    accepted.add(tokens.get(i));
                }
            }
            assertThat(revokerIndexes).hasSize(revokers);
            assertThat(named).as("tokens accepted but named by no revocation (left live)").containsAll(accepted);
            assertThat(accepted).as("tokens named by a revocation but refused when recorded").containsAll(named);
            assertThat(grants.recordAccessToken(grant.id(), accessToken(LATER), at(2))).isFalse();
            assertThat(grants.find(grant.id()).map(Grant::isActive)).isEqualTo(Optional.of(false));
        }
    }
}
