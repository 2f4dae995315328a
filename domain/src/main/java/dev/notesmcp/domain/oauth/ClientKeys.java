package dev.notesmcp.domain.oauth;

import dev.notesmcp.domain.InvalidValueException;

import java.util.Objects;

/**
 * The public keys a {@code private_key_jwt} client signs its assertions with (RFC 7591 §2): a JWK
 * Set given by value ({@code jwks}) or by reference ({@code jwks_uri}), never both. Only the
 * adapter that verifies signatures reads the keys themselves.
 */
public sealed interface ClientKeys {

    /** The {@code jwks} member, as the JSON text of the JWK Set object. */
    record Inline(String jwkSet) implements ClientKeys {
        public Inline {
            Objects.requireNonNull(jwkSet, "jwkSet");
            if (jwkSet.isBlank()) {
                throw new InvalidValueException("jwks", "must be a JWK Set object");
            }
        }
    }

    /**
     * The {@code jwks_uri}: fetched behind the same guards as a metadata document, so it has the
     * same shape rules (https, a host and a path, no user info or fragment).
     */
    record Published(MetadataDocumentUrl url) implements ClientKeys {
        public Published {
            Objects.requireNonNull(url, "url");
        }
    }
}
