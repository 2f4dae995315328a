package dev.notesmcp.adapter.cimd;

import com.nimbusds.jose.jwk.JWKSet;
import dev.notesmcp.domain.oauth.MetadataDocumentUrl;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The cache of published key sets with a fake fetcher and a movable clock. */
class PublishedKeySetsTest {

    private static final ClientKeySet KEYS = new ClientKeySet.Keys(new JWKSet(TestAssertions.RSA.toPublicJWK()));
    private static final ClientKeySet DOWN = new ClientKeySet.Unusable("its host answered 500 instead of 200");
    private static final MetadataDocumentUrl URL = MetadataDocumentUrl.parse("https://app.example/jwks.json").orElseThrow();

    private final MovableClock clock = new MovableClock();
    private final AtomicInteger fetches = new AtomicInteger();
    private final AtomicReference<KeySetFetcher.Outcome> next =
            new AtomicReference<>(new KeySetFetcher.Outcome(KEYS, Duration.ofMinutes(10)));
    private final PublishedKeySets sets = new PublishedKeySets(url -> {
        fetches.incrementAndGet();
        return next.get();
    }, clock);

    @Test
    void aSetIsReusedForItsLifetimeThenFetchedAgain() {
        assertThat(sets.current(URL)).isEqualTo(KEYS);
        clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        assertThat(sets.current(URL)).isEqualTo(KEYS);
        assertThat(fetches).hasValue(1);
        clock.advance(Duration.ofSeconds(1));
        sets.current(URL);
        assertThat(fetches).hasValue(2);
    }

    @Test
    void aRefetchRightAfterAFetchIsDeclined() {
        sets.current(URL);
        assertThat(sets.refetched(URL)).isEmpty();
        clock.advance(PublishedKeySets.REFETCH_INTERVAL);
        assertThat(sets.refetched(URL)).contains(KEYS);
        assertThat(sets.refetched(URL)).isEmpty();
        assertThat(fetches).hasValue(2);
    }

    @Test
    void aRefetchThatFailsKeepsTheKeysAlreadyHeld() {
        sets.current(URL);
        next.set(new KeySetFetcher.Outcome(DOWN, CacheLifetime.FAILURE));
        clock.advance(PublishedKeySets.REFETCH_INTERVAL);

        assertThat(sets.refetched(URL)).contains(DOWN);
        assertThat(sets.current(URL)).isEqualTo(KEYS);
        assertThat(fetches).hasValue(2);
    }

    @Test
    void aFailureIsReusedBriefly() {
        next.set(new KeySetFetcher.Outcome(DOWN, CacheLifetime.FAILURE));
        assertThat(sets.current(URL)).isEqualTo(DOWN);
        clock.advance(CacheLifetime.FAILURE.minusSeconds(1));
        assertThat(sets.current(URL)).isEqualTo(DOWN);
        assertThat(fetches).hasValue(1);
        clock.advance(Duration.ofSeconds(1));
        sets.current(URL);
        assertThat(fetches).hasValue(2);
    }

    @Test
    void theCacheIsBounded() {
        sets.current(URL);
        for (int i = 1; i <= PublishedKeySets.MAX_ENTRIES; i++) {
            sets.current(MetadataDocumentUrl.parse("https://app.example/" + i + "/jwks.json").orElseThrow());
        }
        sets.current(URL);
        assertThat(fetches).hasValue(PublishedKeySets.MAX_ENTRIES + 2);
    }
}
