package dev.notesmcp.adapter.cimd;

import dev.notesmcp.application.port.out.ClientMetadataDocuments.Fetch;
import dev.notesmcp.application.port.out.ClientMetadataDocuments.Fetched;
import dev.notesmcp.application.port.out.ClientMetadataDocuments.Unavailable;
import dev.notesmcp.domain.oauth.MetadataDocumentUrl;

import java.time.Duration;

/**
 * One guarded GET of a metadata document through the {@link GuardedHttpClient} (vetted, pinned
 * addresses; no redirect; {@link #MAX_BYTES} at most, inline keys included), read by the
 * {@link DocumentReader}.
 */
final class DocumentFetcher {

    static final int MAX_BYTES = 5 * 1024;
    static final GuardedHttpClient.Wanted DOCUMENT = new GuardedHttpClient.Wanted("application/json",
            type -> type.equals("application/json") || type.endsWith("+json"), MAX_BYTES);

    private final GuardedHttpClient http;

    DocumentFetcher(GuardedHttpClient http) {
        this.http = http;
    }

    /** The outcome, and how long it may be reused. */
    record Outcome(Fetch fetch, Duration lifetime) {
    }

    Outcome fetch(MetadataDocumentUrl url) {
        return switch (http.get(url, DOCUMENT)) {
            case GuardedHttpClient.Failure failure -> failed(failure.reason());
            case GuardedHttpClient.Body body -> {
                try {
                    yield new Outcome(new Fetched(DocumentReader.read(body.bytes())), CacheLifetime.of(body.cacheControl()));
                } catch (DocumentReader.MalformedDocumentException e) {
                    yield failed(e.getMessage());
                }
            }
        };
    }

    private static Outcome failed(String reason) {
        return new Outcome(new Unavailable(reason), CacheLifetime.FAILURE);
    }
}
