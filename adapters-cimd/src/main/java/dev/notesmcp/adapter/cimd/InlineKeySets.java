package dev.notesmcp.adapter.cimd;

import java.util.Map;

/**
 * JWK Sets given by value ({@code jwks}), read once per distinct text: the same document's keys
 * come with every assertion, and the metadata documents themselves are cached. At most
 * {@value #MAX_ENTRIES} are kept (each at most {@value DocumentFetcher#MAX_BYTES} bytes of text).
 */
final class InlineKeySets {

    static final int MAX_ENTRIES = 256;

    private final Map<String, ClientKeySet> read = new LeastRecentlyUsed<>(MAX_ENTRIES);

    ClientKeySet of(String jwkSet) {
        synchronized (read) {
            return read.computeIfAbsent(jwkSet, ClientKeySet::read);
        }
    }
}
