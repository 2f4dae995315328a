package dev.notesmcp.domain.oauth.registration;

import java.util.Objects;
import java.util.Optional;

/**
 * A client metadata document as fetched from its URL, not yet reviewed: the {@code client_id} it
 * states (empty when absent or not a string) and the rest of its metadata (RFC 7591 §2 fields).
 */
public record ClientMetadataDocument(Optional<String> clientId, ClientMetadata metadata) {

    public ClientMetadataDocument {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(metadata, "metadata");
    }
}
