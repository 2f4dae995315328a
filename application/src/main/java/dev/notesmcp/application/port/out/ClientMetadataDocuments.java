package dev.notesmcp.application.port.out;

import dev.notesmcp.domain.oauth.MetadataDocumentUrl;
import dev.notesmcp.domain.oauth.registration.ClientMetadataDocument;

import java.util.Objects;

/**
 * Client metadata documents fetched from their URLs (CIMD). The adapter guards the fetch (SSRF)
 * and may cache what it got; it never throws for a document it cannot get, it says why.
 */
public interface ClientMetadataDocuments {

    Fetch fetch(MetadataDocumentUrl url);

    sealed interface Fetch {
    }

    /** The document as served, not yet reviewed. */
    record Fetched(ClientMetadataDocument document) implements Fetch {
        public Fetched {
            Objects.requireNonNull(document, "document");
        }
    }

    /** Not fetched, with a reason a person can act on (no secret, no response body). */
    record Unavailable(String reason) implements Fetch {
        public Unavailable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
