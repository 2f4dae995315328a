package dev.notesmcp.adapter.cimd;

import dev.notesmcp.application.port.out.ClientMetadataDocuments;
import dev.notesmcp.domain.oauth.MetadataDocumentUrl;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;

/**
 * Client metadata documents fetched behind the SSRF guards of {@link DocumentFetcher} and kept
 * for their {@link CacheLifetime} (failures too, briefly), at most {@value #MAX_ENTRIES} at once:
 * the least recently used goes first, so a flood of URLs costs memory only up to that bound.
 */
final class CachedClientMetadataDocuments implements ClientMetadataDocuments {

    static final int MAX_ENTRIES = 1_000;

    private final Function<MetadataDocumentUrl, DocumentFetcher.Outcome> fetcher;
    private final Clock clock;
    private final Map<String, Cached> cache = new LeastRecentlyUsed<>(MAX_ENTRIES);

    CachedClientMetadataDocuments(Function<MetadataDocumentUrl, DocumentFetcher.Outcome> fetcher, Clock clock) {
        this.fetcher = fetcher;
        this.clock = clock;
    }

    @Override
    public Fetch fetch(MetadataDocumentUrl url) {
        String key = url.toString();
        Instant now = clock.instant();
        synchronized (cache) {
            Cached cached = cache.get(key);
            if (cached != null && now.isBefore(cached.expiresAt())) {
                return cached.fetch();
            }
        }
        // Fetched outside the lock: one slow host must not hold up lookups of the others.
        DocumentFetcher.Outcome outcome = fetcher.apply(url);
        synchronized (cache) {
            cache.put(key, new Cached(outcome.fetch(), now.plus(outcome.lifetime())));
        }
        return outcome.fetch();
    }

    private record Cached(Fetch fetch, Instant expiresAt) {
    }
}
