package dev.notesmcp.application.port.out;

import dev.notesmcp.domain.oauth.OpaqueToken;
import dev.notesmcp.domain.oauth.RefreshToken;
import dev.notesmcp.domain.oauth.TokenHash;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static dev.notesmcp.application.port.out.OAuthFixtures.T0;
import static dev.notesmcp.application.port.out.OAuthFixtures.at;
import static dev.notesmcp.application.port.out.OAuthFixtures.rawValueAsHash;
import static dev.notesmcp.application.port.out.OAuthFixtures.refreshToken;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link RefreshTokenRepository} must do: tokens are found by hash only, and rotation
 * and the one grace-window retry are each a compare-and-set that exactly one of any number of
 * concurrent callers wins. A store's test
 * extends this class and supplies {@link #newRepository()}; every test uses fresh random tokens.
 */
public abstract class RefreshTokenRepositoryContract {

    private static final int THREADS = 50;

    protected RefreshTokenRepository tokens;

    /** The store under test; may be shared between tests. */
    protected abstract RefreshTokenRepository newRepository();

    @BeforeEach
    void createRepository() {
        tokens = newRepository();
    }

    private RefreshToken stored(OpaqueToken raw) {
        RefreshToken token = refreshToken(raw.hash(), T0);
        tokens.add(token);
        return token;
    }

    // ---- add and find

    @Test
    void findsAnAddedTokenExactlyAsAdded() {
        OpaqueToken raw = OpaqueToken.random();
        RefreshToken token = stored(raw);

        assertThat(tokens.find(raw.hash())).contains(token);
    }

    @Test
    void findsNothingForAnUnknownHash() {
        stored(OpaqueToken.random());

        assertThat(tokens.find(OpaqueToken.random().hash())).isEmpty();
    }

    @Test
    void aTokenIsFoundByItsHashNotByItsRawValue() {
        OpaqueToken raw = OpaqueToken.random();
        stored(raw);

        assertThat(tokens.find(rawValueAsHash(raw))).isEmpty();
        assertThat(tokens.markRotated(rawValueAsHash(raw), at(1))).isFalse();
        assertThat(tokens.find(raw.hash())).hasValueSatisfying(t -> assertThat(t.rotatedAt()).isEmpty());
    }

    @Test
    void theStoredTokenCarriesOnlyTheHash() {
        OpaqueToken raw = OpaqueToken.random();
        stored(raw);

        RefreshToken found = tokens.find(raw.hash()).orElseThrow();

        assertThat(found.hash()).isEqualTo(raw.hash());
        assertThat(found.hash().value()).isNotEqualTo(raw.value());
        assertThat(found.toString()).doesNotContain(raw.value());
    }

    // ---- rotation

    @Test
    void theFirstRotationWinsAndRecordsItsTime() {
        OpaqueToken raw = OpaqueToken.random();
        RefreshToken token = stored(raw);

        assertThat(tokens.markRotated(raw.hash(), at(5))).isTrue();

        assertThat(tokens.find(raw.hash())).contains(token.rotatedAt(at(5)));
    }

    @Test
    void aRotatedTokenIsNotRotatedAgain() {
        OpaqueToken raw = OpaqueToken.random();
        RefreshToken token = stored(raw);
        tokens.markRotated(raw.hash(), at(5));

        assertThat(tokens.markRotated(raw.hash(), at(6))).isFalse();
        assertThat(tokens.find(raw.hash())).as("the first rotation time stays").contains(token.rotatedAt(at(5)));
    }

    @Test
    void rotatingAnUnknownTokenFailsAndCreatesNothing() {
        TokenHash unknown = OpaqueToken.random().hash();

        assertThat(tokens.markRotated(unknown, at(1))).isFalse();
        assertThat(tokens.find(unknown)).isEmpty();
    }

    @Test
    void rotatingOneTokenLeavesOthersAlone() {
        OpaqueToken first = OpaqueToken.random();
        OpaqueToken second = OpaqueToken.random();
        stored(first);
        RefreshToken other = stored(second);

        tokens.markRotated(first.hash(), at(1));

        assertThat(tokens.find(second.hash())).contains(other);
        assertThat(tokens.markRotated(second.hash(), at(2))).isTrue();
    }

    // ---- the one grace-window retry

    @Test
    void theFirstRetryOfARotatedTokenWinsAndRecordsItsTime() {
        OpaqueToken raw = OpaqueToken.random();
        RefreshToken token = stored(raw);
        tokens.markRotated(raw.hash(), at(5));

        assertThat(tokens.markRetried(raw.hash(), at(7))).isTrue();

        assertThat(tokens.find(raw.hash())).contains(token.rotatedAt(at(5)).retriedAt(at(7)));
    }

    @Test
    void aRetriedTokenIsNotRetriedAgain() {
        OpaqueToken raw = OpaqueToken.random();
        RefreshToken token = stored(raw);
        tokens.markRotated(raw.hash(), at(5));
        tokens.markRetried(raw.hash(), at(7));

        assertThat(tokens.markRetried(raw.hash(), at(8))).isFalse();
        assertThat(tokens.markRotated(raw.hash(), at(9))).isFalse();
        assertThat(tokens.find(raw.hash())).as("the first times stay")
                .contains(token.rotatedAt(at(5)).retriedAt(at(7)));
    }

    @Test
    void anUnrotatedTokenCannotBeRetried() {
        OpaqueToken raw = OpaqueToken.random();
        RefreshToken token = stored(raw);

        assertThat(tokens.markRetried(raw.hash(), at(1))).isFalse();
        assertThat(tokens.find(raw.hash())).contains(token);
        assertThat(tokens.markRotated(raw.hash(), at(2))).as("and it still rotates").isTrue();
    }

    @Test
    void retryingAnUnknownTokenFailsAndCreatesNothing() {
        TokenHash unknown = OpaqueToken.random().hash();

        assertThat(tokens.markRetried(unknown, at(1))).isFalse();
        assertThat(tokens.find(unknown)).isEmpty();
    }

    @Test
    void aTokenIsRetriedByItsHashNotByItsRawValue() {
        OpaqueToken raw = OpaqueToken.random();
        stored(raw);
        tokens.markRotated(raw.hash(), at(1));

        assertThat(tokens.markRetried(rawValueAsHash(raw), at(2))).isFalse();
        assertThat(tokens.find(raw.hash())).hasValueSatisfying(t -> assertThat(t.retriedAt()).isEmpty());
    }

    @Test
    void rotatedAndRetriedTimesRoundTripWhenAdded() {
        OpaqueToken raw = OpaqueToken.random();
        RefreshToken token = refreshToken(raw.hash(), T0).rotatedAt(at(3)).retriedAt(at(4));

        tokens.add(token);

        assertThat(tokens.find(raw.hash())).contains(token);
        assertThat(tokens.find(raw.hash())).hasValueSatisfying(found -> {
            assertThat(found.rotatedAt()).contains(at(3));
            assertThat(found.retriedAt()).contains(at(4));
        });
        assertThat(tokens.markRetried(raw.hash(), at(5))).isFalse();
    }

    // ---- concurrency

    @Test
    void exactlyOneOfManyConcurrentRotationsWins() throws Exception {
        for (int round = 0; round < 5; round++) {
            OpaqueToken raw = OpaqueToken.random();
            RefreshToken token = stored(raw);

            List<Boolean> won = Concurrently.run(THREADS, i -> tokens.markRotated(raw.hash(), at(1).plusMillis(i)));

            List<Integer> winners = IntStream.range(0, THREADS).filter(won::get).boxed().toList();
            assertThat(winners).as("callers whose rotation succeeded").hasSize(1);
            Instant winnersTime = at(1).plusMillis(winners.getFirst());
            assertThat(tokens.find(raw.hash())).as("the winner's time is recorded")
                    .contains(token.rotatedAt(winnersTime));
        }
    }

    @Test
    void exactlyOneOfManyConcurrentRetriesWins() throws Exception {
        for (int round = 0; round < 5; round++) {
            OpaqueToken raw = OpaqueToken.random();
            RefreshToken token = stored(raw);
            tokens.markRotated(raw.hash(), at(1));

            List<Boolean> won = Concurrently.run(THREADS, i -> tokens.markRetried(raw.hash(), at(2).plusMillis(i)));

            List<Integer> winners = IntStream.range(0, THREADS).filter(won::get).boxed().toList();
            assertThat(winners).as("callers whose retry was recorded").hasSize(1);
            Instant winnersTime = at(2).plusMillis(winners.getFirst());
            assertThat(tokens.find(raw.hash())).as("the winner's time is recorded, the rotation's stays")
                    .contains(token.rotatedAt(at(1)).retriedAt(winnersTime));
        }
    }

    @Test
    void concurrentAddsAreAllKept() throws Exception {
        List<OpaqueToken> raws = IntStream.range(0, THREADS).mapToObj(i -> OpaqueToken.random()).toList();

        List<RefreshToken> added = Concurrently.run(THREADS, i -> stored(raws.get(i)));

        for (int i = 0; i < THREADS; i++) {
            assertThat(tokens.find(raws.get(i).hash())).contains(added.get(i));
        }
    }
}
