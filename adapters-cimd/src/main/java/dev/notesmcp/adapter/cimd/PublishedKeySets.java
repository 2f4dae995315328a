package dev.notesmcp.adapter.cimd;

import dev.notesmcp.domain.oauth.MetadataDocumentUrl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * JWK Sets given by reference ({@code jwks_uri}), fetched through the {@link KeySetFetcher} and
 * kept like documents: for their {@link CacheLifetime}, failures briefly, at most
 * {@value #MAX_ENTRIES} URLs, least recently used out. A client rotates its keys by publishing a
 * new one and signing with its {@code kid}; an unknown {@code kid} may therefore have the set
 * fetched again, but not sooner than {@link #REFETCH_INTERVAL} after the last fetch of that URL,
 * so assertions with made-up key ids cannot make this server hammer a host.
 */
final class PublishedKeySets {

    static final int MAX_ENTRIES = 1_000;
    static final Duration REFETCH_INTERVAL = Duration.ofSeconds(30);

    private final Function<MetadataDocumentUrl, KeySetFetcher.Outcome> fetcher;
    private final Clock clock;
    private final Map<String, Cached> cache = new LeastRecentlyUsed<>(MAX_ENTRIES);

    PublishedKeySets(Function<MetadataDocumentUrl, KeySetFetcher.Outcome> fetcher, Clock clock) {
        this.fetcher = fetcher;
        this.clock = clock;
    }

    /** The set as cached, or as fetched now when it is not (any more). */
    ClientKeySet current(MetadataDocumentUrl url) {
        Instant now = clock.instant();
        synchronized (cache) {
            Cached cached = cache.get(url.toString());
            if (cached != null && now.isBefore(cached.expiresAt())) {
                return cached.keys();
            }
        }
        // Fetched outside the lock: one slow host must not hold up the others.
        return fetchAndKeep(url, now, null);
    }

    /**
     * The set fetched again, or empty when it was fetched less than {@link #REFETCH_INTERVAL} ago.
     * A refetch that fails keeps the set already held (the keys it has still verify).
     */
    Optional<ClientKeySet> refetched(MetadataDocumentUrl url) {
        Instant now = clock.instant();
        Cached previous;
        synchronized (cache) {
            previous = cache.get(url.toString());
            if (previous != null && now.isBefore(previous.fetchedAt().plus(REFETCH_INTERVAL))) {
                return Optional.empty();
            }
            if (previous != null) {
                // Taken before fetching, so that concurrent callers do not all fetch.
                cache.put(url.toString(), new Cached(previous.keys(), now, previous.expiresAt()));
            }
        }
        return Optional.of(fetchAndKeep(url, now, previous));
    }

    private ClientKeySet fetchAndKeep(MetadataDocumentUrl url, Instant now, Cached previous) {
        KeySetFetcher.Outcome outcome = fetcher.apply(url);
        boolean keepPrevious = outcome.keys() instanceof ClientKeySet.Unusable && previous != null
                && previous.keys() instanceof ClientKeySet.Keys && now.isBefore(previous.expiresAt());
        synchronized (cache) {
            cache.put(url.toString(), keepPrevious ? new Cached(previous.keys(), now, previous.expiresAt())
                    : new Cached(outcome.keys(), now, now.plus(outcome.lifetime())));
        }
        return outcome.keys();
    }

    private record Cached(ClientKeySet keys, Instant fetchedAt, Instant expiresAt) {
    }
}
