package dev.notesmcp.adapter.cimd;

import dev.notesmcp.application.port.out.ClientAssertionVerifier;
import dev.notesmcp.application.port.out.ClientMetadataDocuments;
import org.apache.hc.core5.ssl.SSLContexts;

import javax.net.ssl.SSLContext;
import java.time.Clock;

/**
 * This module's entry point: client ID metadata documents ({@link #documents()}) and the
 * {@code private_key_jwt} assertion verifier for their keys ({@link #assertions()}), sharing one
 * guarded HTTP client. Closing it closes that client (its pool and its deadline thread).
 */
public final class ClientMetadataDocumentsAdapter implements AutoCloseable {

    private final GuardedHttpClient http;
    private final ClientMetadataDocuments documents;
    private final ClientAssertionVerifier assertions;

    ClientMetadataDocumentsAdapter(boolean allowLoopback, Clock clock, HostResolution resolution, SSLContext tls) {
        this.http = new GuardedHttpClient(allowLoopback, resolution, tls);
        this.documents = new CachedClientMetadataDocuments(new DocumentFetcher(http)::fetch, clock);
        this.assertions = new JwtClientAssertionVerifier(new InlineKeySets(),
                new PublishedKeySets(new KeySetFetcher(http)::fetch, clock));
    }

    /**
     * The production adapter: https only, public addresses only, the system's DNS and trust store;
     * {@code allowLoopback} (tests, CIMD_ALLOW_LOOPBACK) also lets {@code http://127.0.0.1…} URLs
     * and loopback addresses through.
     */
    public static ClientMetadataDocumentsAdapter create(boolean allowLoopback, Clock clock) {
        return new ClientMetadataDocumentsAdapter(allowLoopback, clock, HostResolution.SYSTEM, SSLContexts.createDefault());
    }

    public ClientMetadataDocuments documents() {
        return documents;
    }

    public ClientAssertionVerifier assertions() {
        return assertions;
    }

    @Override
    public void close() {
        http.close();
    }
}
