package dev.notesmcp.domain.oauth.registration;

import java.util.Objects;
import java.util.Optional;

/**
 * A client metadata document as fetched from its URL, not yet reviewed: the {@code client_id} it
 * states (empty when absent or not a string), the rest of its metadata (RFC 7591 §2 fields) and
 * its signing keys for {@code private_key_jwt}: {@code jwks} as the JSON text of the object,
 * {@code jwks_uri} as sent.
 */
public record ClientMetadataDocument(Optional<String> clientId, ClientMetadata metadata, Optional<String> jwks,
                                     Optional<String> jwksUri) {

    public ClientMetadataDocument {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(jwks, "jwks");
        Objects.requireNonNull(jwksUri, "jwksUri");
    }

    /** A document without keys (a public client's). */
    public ClientMetadataDocument(Optional<String> clientId, ClientMetadata metadata) {
        this(clientId, metadata, Optional.empty(), Optional.empty());
    }
}
