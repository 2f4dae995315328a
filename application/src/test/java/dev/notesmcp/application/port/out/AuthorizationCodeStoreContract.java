package dev.notesmcp.application.port.out;

import dev.notesmcp.domain.oauth.AuthorizationCode;
import dev.notesmcp.domain.oauth.OpaqueToken;
import dev.notesmcp.domain.oauth.TokenHash;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static dev.notesmcp.application.port.out.OAuthFixtures.T0;
import static dev.notesmcp.application.port.out.OAuthFixtures.at;
import static dev.notesmcp.application.port.out.OAuthFixtures.code;
import static dev.notesmcp.application.port.out.OAuthFixtures.rawValueAsHash;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link AuthorizationCodeStore} must do: codes are found by hash only and redeemed
 * at most once, even under concurrent requests, and a replay learns when the first redemption
 * happened. A store's test extends this class and supplies {@link #newStore()}; every test uses
 * fresh random codes, so a store shared between tests is fine.
 */
public abstract class AuthorizationCodeStoreContract {

    private static final int THREADS = 50;

    protected AuthorizationCodeStore codes;

    /** The store under test; may be shared between tests. */
    protected abstract AuthorizationCodeStore newStore();

    @BeforeEach
    void createStore() {
        codes = newStore();
    }

    private AuthorizationCode stored(OpaqueToken raw, Instant issuedAt) {
        AuthorizationCode code = code(raw.hash(), issuedAt);
        codes.add(code);
        return code;
    }

    // ---- first redemption

    @Test
    void theFirstRedemptionSeesTheCodeExactlyAsIssued() {
        OpaqueToken raw = OpaqueToken.random();
        AuthorizationCode code = stored(raw, T0);

        Optional<AuthorizationCode> redeemed = codes.redeem(raw.hash(), at(1));

        assertThat(redeemed).contains(code);
        assertThat(redeemed.orElseThrow().redeemedAt()).isEmpty();
    }

    @Test
    void anUnknownCodeRedeemsToNothing() {
        stored(OpaqueToken.random(), T0);

        assertThat(codes.redeem(OpaqueToken.random().hash(), at(1))).isEmpty();
    }

    @Test
    void redeemingAnUnknownCodeDoesNotCreateIt() {
        TokenHash unknown = OpaqueToken.random().hash();

        codes.redeem(unknown, at(1));

        assertThat(codes.redeem(unknown, at(2))).isEmpty();
    }

    // ---- by hash only

    @Test
    void aCodeIsFoundByItsHashNotByItsRawValue() {
        OpaqueToken raw = OpaqueToken.random();
        stored(raw, T0);

        assertThat(codes.redeem(rawValueAsHash(raw), at(1))).isEmpty();
        assertThat(codes.redeem(raw.hash(), at(2))).hasValueSatisfying(
                code -> assertThat(code.redeemedAt()).as("spent by a lookup under the raw value").isEmpty());
    }

    @Test
    void theStoredCodeCarriesOnlyTheHash() {
        OpaqueToken raw = OpaqueToken.random();
        stored(raw, T0);

        AuthorizationCode redeemed = codes.redeem(raw.hash(), at(1)).orElseThrow();

        assertThat(redeemed.hash()).isEqualTo(raw.hash());
        assertThat(redeemed.hash().value()).isNotEqualTo(raw.value());
        assertThat(redeemed.toString()).doesNotContain(raw.value());
    }

    // ---- replays

    @Test
    void aSecondRedemptionSeesWhenTheFirstHappened() {
        OpaqueToken raw = OpaqueToken.random();
        AuthorizationCode code = stored(raw, T0);
        codes.redeem(raw.hash(), at(1));

        Optional<AuthorizationCode> replayed = codes.redeem(raw.hash(), at(2));

        assertThat(replayed).contains(code.redeemedAt(at(1)));
    }

    @Test
    void everyLaterRedemptionStillSeesTheFirstRedemptionTime() {
        OpaqueToken raw = OpaqueToken.random();
        stored(raw, T0);
        codes.redeem(raw.hash(), at(1));
        codes.redeem(raw.hash(), at(2));

        Optional<AuthorizationCode> third = codes.redeem(raw.hash(), at(3));

        assertThat(third).hasValueSatisfying(code -> assertThat(code.redeemedAt()).contains(at(1)));
    }

    @Test
    void codesAreRedeemedIndependently() {
        OpaqueToken first = OpaqueToken.random();
        OpaqueToken second = OpaqueToken.random();
        stored(first, T0);
        AuthorizationCode other = stored(second, T0);
        codes.redeem(first.hash(), at(1));

        assertThat(codes.redeem(second.hash(), at(2))).contains(other);
    }

    @Test
    void aReplayShortlyAfterExpiryIsStillRecognised() {
        OpaqueToken raw = OpaqueToken.random();
        AuthorizationCode code = stored(raw, T0);
        codes.redeem(raw.hash(), at(1));

        Instant justExpired = code.expiresAt().plus(Duration.ofMinutes(1));

        assertThat(codes.redeem(raw.hash(), justExpired))
                .as("a late replay must still be told apart from an unknown code, so it revokes its grant")
                .hasValueSatisfying(c -> assertThat(c.redeemedAt()).contains(at(1)));
    }

    @Test
    void aCodePresentedJustAfterExpiryIsReturnedForTheServiceToReject() {
        OpaqueToken raw = OpaqueToken.random();
        AuthorizationCode code = stored(raw, T0);

        Optional<AuthorizationCode> late = codes.redeem(raw.hash(), code.expiresAt().plusSeconds(1));

        assertThat(late).contains(code);
    }

    @Test
    void aLongExpiredCodeIsForgotten() {
        OpaqueToken raw = OpaqueToken.random();
        AuthorizationCode code = stored(raw, T0);

        assertThat(codes.redeem(raw.hash(), code.expiresAt().plus(Duration.ofDays(1)))).isEmpty();
    }

    // ---- concurrency

    @Test
    void exactlyOneOfManyConcurrentRedemptionsSeesTheCodeUnredeemed() throws Exception {
        for (int round = 0; round < 5; round++) {
            OpaqueToken raw = OpaqueToken.random();
            AuthorizationCode code = stored(raw, T0);

            List<Optional<AuthorizationCode>> results = Concurrently.run(THREADS,
                    i -> codes.redeem(raw.hash(), at(1).plusMillis(i)));

            assertThat(results).as("every caller finds the code").allSatisfy(r -> assertThat(r).isPresent());
            List<AuthorizationCode> seen = results.stream().map(Optional::orElseThrow).toList();
            assertThat(seen.stream().filter(c -> c.redeemedAt().isEmpty()))
                    .as("callers that saw the code unredeemed").hasSize(1).containsExactly(code);
            List<Instant> redeemedAts = seen.stream().flatMap(c -> c.redeemedAt().stream()).distinct().toList();
            assertThat(redeemedAts).as("the one redemption time every replay sees").hasSize(1);
            assertThat(redeemedAts.getFirst()).isBetween(at(1), at(1).plusMillis(THREADS - 1));
            assertThat(codes.redeem(raw.hash(), at(10)))
                    .hasValueSatisfying(c -> assertThat(c.redeemedAt()).isEqualTo(Optional.of(redeemedAts.getFirst())));
        }
    }

    @Test
    void concurrentRedemptionsOfDifferentCodesEachSucceedOnce() throws Exception {
        List<OpaqueToken> raws = Stream.generate(OpaqueToken::random).limit(THREADS).toList();
        raws.forEach(raw -> stored(raw, T0));

        List<Optional<AuthorizationCode>> results = Concurrently.run(THREADS, i -> codes.redeem(raws.get(i).hash(), at(1)));

        assertThat(results).allSatisfy(r -> assertThat(r).hasValueSatisfying(
                code -> assertThat(code.redeemedAt()).isEmpty()));
    }
}
