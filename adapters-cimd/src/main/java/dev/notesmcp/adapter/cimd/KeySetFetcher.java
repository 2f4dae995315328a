package dev.notesmcp.adapter.cimd;

import dev.notesmcp.domain.oauth.MetadataDocumentUrl;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One guarded GET of a {@code jwks_uri} through the same {@link GuardedHttpClient} as the
 * documents. A JWK Set may be larger than a document (several keys, RSA-4096, rotation overlap),
 * so it gets {@value #MAX_BYTES} bytes; served as {@code application/jwk-set+json} (RFC 7517 §8.5)
 * or {@code application/json}.
 */
final class KeySetFetcher {

    static final int MAX_BYTES = 16 * 1024;
    static final String MEDIA_TYPES = "application/jwk-set+json, application/json";
    static final GuardedHttpClient.Wanted KEY_SET = new GuardedHttpClient.Wanted(MEDIA_TYPES,
            type -> type.equals("application/jwk-set+json") || type.equals("application/json"), MAX_BYTES);

    private final GuardedHttpClient http;

    KeySetFetcher(GuardedHttpClient http) {
        this.http = http;
    }

    /** The key set or why not, and how long that answer may be reused. */
    record Outcome(ClientKeySet keys, Duration lifetime) {
    }

    Outcome fetch(MetadataDocumentUrl url) {
        return switch (http.get(url, KEY_SET)) {
            case GuardedHttpClient.Failure failure -> new Outcome(new ClientKeySet.Unusable(failure.reason()),
                    CacheLifetime.FAILURE);
            case GuardedHttpClient.Body body -> {
                ClientKeySet keys = ClientKeySet.read(new String(body.bytes(), StandardCharsets.UTF_8));
                yield new Outcome(keys, keys instanceof ClientKeySet.Keys ? CacheLifetime.of(body.cacheControl())
                        : CacheLifetime.FAILURE);
            }
        };
    }
}
